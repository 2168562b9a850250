//! Labels of the overview, the executive summary of the management page, and the reasons a status is not green.

macro_rules! overview_labels {
    ([$next:ident $(, $rest:ident)*] $($acc:tt)*) => {
        $next! { [$($rest),*] $($acc)*
        // ---- Overview ----
        LeadProgramManager => "program manager {0}", "项目群经理 {0}";
        LeadPmo => "PMO {0}", "项目管理办公室 {0}";
        LeadDirector => "IT-service director {0}", "IT服务总监 {0}";
        NoLeadership => "no leadership named", "未指定领导";
        RagCounts => "{0} green, {1} amber, {2} red", "绿 {0}，黄 {1}，红 {2}";
        ColSch => "Sch", "进度";
        ColCost => "Cost", "成本";
        ColRisk => "Risk", "风险";
        ColRes => "Res", "资源";
        ColAboveTolerance => "Above tolerance", "超出容忍度";
        ColOverCapacity => "Over capacity", "超负荷";
        KeyTypeStage => "type, stage", "类型、阶段";
        KeyLeadership => "leadership", "领导";
        KeyStatus => "status", "状态";
        KeyDone => "done", "完成";
        KeyNextMilestone => "next milestone", "下一里程碑";
        MilestoneDue => "{0}/{1} {2} due {3}", "{0}/{1} {2} 到期 {3}";
        WhyNotGreen => "Why not green:", "未达绿色的原因：";
        OverviewLegend => "Sch schedule, Cost, Risk, Res resources: G green, A amber, R red (docs/reports.md).",
            "进度、成本、风险、资源：绿 正常，黄 预警，红 严重（见 docs/reports.md）。";
        Portfolio => "Portfolio", "项目组合";
        KeyProgramsProjects => "programs, projects", "项目群、项目";
        ProgramsProjects => "programs: {0}, projects: {1} ({2} open)", "{0} 个项目群，{1} 个项目（{2} 个未结束）";
        KeySchedule => "schedule", "进度";
        KeyCost => "cost", "成本";
        KeyRisk => "risk", "风险";
        KeyResources => "resources", "资源";
        KeyRisksAboveTolerance => "risks above tolerance", "超出容忍度的风险";
        KeyPeopleOverCapacity => "people over capacity", "超负荷人员";
        CountWindow => "{0} ({1} to {2})", "{0}（{1} 至 {2}）";
        KeyEarnedValue => "earned value", "挣值";
        OverviewEv => "BAC {0} {1}, EV {2}, AC {3}; SPI {4}, CPI {5}",
            "完工预算 BAC {0} {1}，挣值 EV {2}，实际成本 AC {3}；SPI {4}，CPI {5}";
        OverviewTitleNamed => "Portfolio overview: {0}, as of {1}", "项目组合概览：{0}，截至 {1}";
        OverviewTitle => "Portfolio overview, as of {0}", "项目组合概览，截至 {0}";

        // ---- Executive summary (the management page) ----
        SummaryTitle => "Executive summary", "管理摘要";
        SumKeyRed => "projects red", "红色项目";
        SumRedCount => "{0} of {1} open", "{1} 个未结束项目中 {0} 个";
        SumKeySlip => "worst slip", "最大延误";
        SumSlipFigure => "{0}: {1} days", "{0}：{1} 天";
        SumKeyBudget => "budget at risk", "预算风险";
        SumBudgetFigure => "{0} {1} over budget in {2} project(s)", "{2} 个项目超支 {0} {1}";
        SumKeyDecisions => "decisions for management", "需管理层决策";
        SumNone => "none", "无";
        SumRedHead => "Red: {0} of {1} open projects.", "红色：{1} 个未结束项目中 {0} 个。";
        SumRedItem => "{0}: {1} red ({2})", "{0}：{1} 为红（{2}）";
        SumNoRed => "No open project is red.", "没有未结束项目为红色。";
        SumSlipHead => "Worst slips:", "延误最多的事项：";
        SumSlipOverdue => "{0}: milestone {1} was due {2} and is not reached: overdue by {3} days", "{0}：里程碑 {1} 应于 {2} 达成，尚未达成，已逾期 {3} 天";
        SumSlipMilestone => "{0}: milestone {1} due {2}, forecast {3} ({4} days late)", "{0}：里程碑 {1} 应于 {2} 达成，预计 {3}（晚 {4} 天）";
        SumSlipItem => "{0}: finish {1} days late, forecast {2} against the baseline {3}", "{0}：完工延误 {1} 天，预计 {2}（基线 {3}）";
        SumNoSlip => "No open milestone or project is forecast late.", "没有未结束的里程碑或项目预计延误。";
        SumRiskHead => "Risks above tolerance, with their owners:", "超出容忍度的风险及其负责人：";
        SumRiskItem => "{0} on {1}: score {2} (tolerance {3}), owner {4}", "{1} 的 {0}：评分 {2}（容忍度 {3}），负责人 {4}";
        SumRiskItemNoProject => "{0}: score {1} (tolerance {2}), owner {3}", "{0}：评分 {1}（容忍度 {2}），负责人 {3}";
        SumNoOwner => "none named", "未指定";
        SumNoRisk => "No risk is above tolerance.", "没有风险超出容忍度。";
        SumPeopleHead => "Over capacity from {0} to {1}:", "{0} 至 {1} 期间超负荷：";
        SumPeopleItem => "{0}: over in {1} week(s), {2} h in all", "{0}：{1} 周超负荷，共超 {2} 小时";
        SumNoPeople => "Nobody is over capacity from {0} to {1}.", "{0} 至 {1} 期间无人超负荷。";
        SumBudgetHead => "Budget at risk (estimate at completion above budget):", "预算风险（完工估算超出预算）：";
        SumBudgetItem => "{0}: EAC {1} against BAC {2} {3}, {4} over (CPI {5})", "{0}：完工估算 EAC {1}，完工预算 BAC {2} {3}，超支 {4}（CPI {5}）";
        SumNoBudget => "No open project is forecast over budget.", "没有未结束项目预计超支。";
        SumDecisionHead => "Decisions asked of management (risks escalated beyond the project):", "需管理层决策的事项（超出项目权限而上报的风险）：";
        SumDecisionItem => "{0} ({1}), owner {2}, for {3}", "{0}（{1}），负责人 {2}，提请 {3}";
        SumNoDecision => "No decision is asked of management.", "没有需要管理层决策的事项。";
        SumMore => "and {0} more", "另有 {0} 项";
        PageColCustomer => "Customer", "客户";
        PageColDue => "Due", "到期";
        PageColId => "Id", "编号";
        PageDueOverdue => "{0} overdue", "{0} 已逾期";
        PageDueLate => "{0} → {1}", "{0} → {1}";
        PageLegend => "Schedule, cost, risk, resources: ✓ green on track, ▲ amber to watch, ✖ red needs action. Due: ✖ overdue, ▲ due → forecast, later than due. Ids are for finding a project in the PMO's files.",
            "进度、成本、风险、资源：✓ 绿 正常，▲ 黄 需关注，✖ 红 需处理。到期：✖ 已逾期，▲ 到期日 → 预计日期，晚于到期日。编号用于在项目管理办公室的文件中查找项目。";
        PageShowingProjects => "Showing {0} of {1} projects: the highest priority first. `pmo report plan --program ID --format html` charts one program in full.",
            "显示 {1} 个项目中的 {0} 个：优先级最高的在前。`pmo report plan --program ID --format html` 可完整绘制一个项目群。";
        PageShowingPeople => "Showing {0} of {1} people: those over capacity in the most periods first. `pmo report resource --format html` lists everyone.",
            "显示 {1} 人中的 {0} 人：超负荷周期最多的在前。`pmo report resource --format html` 列出所有人。";
        PageShowingManagers => "Showing {0} of {1} managers. `pmo report assessment --manager ID --format html` gives one manager's full 360 report.",
            "显示 {1} 位经理中的 {0} 位。`pmo report assessment --manager ID --format html` 给出一位经理完整的360度考核报告。";
        PageProjectsTitle => "Programs and projects", "项目群与项目";
        SumPortfolioWide => "portfolio", "项目组合";

        // ---- Reasons a status is not green (the reports' own sentences) ----
        ReasonSlip => "slip {0} d >= {1} d", "延误 {0} 天 >= {1} 天";
        ReasonOverdueMilestones => "{0} overdue milestones", "{0} 个里程碑逾期";
        ReasonOverdueMilestone => "{0} overdue milestone", "{0} 个里程碑逾期";
        ReasonCycle => "dependency cycle", "依赖环";
        ReasonIs => "{0} is {1}", "{0} 为{1}";
        ReasonRisks => "{0} risks above tolerance", "{0} 个风险超出容忍度";
        ReasonRisk => "{0} risk above tolerance", "{0} 个风险超出容忍度";
        ReasonRiskHygiene => "risk reviews or actions overdue", "风险评审或行动逾期";
        ReasonPeople => "{0} people over capacity", "{0} 人超负荷";
        ReasonPerson => "{0} person over capacity", "{0} 人超负荷";
        ReasonUnstaffed => "unstaffed tasks", "有未配备人员的任务";
        ReasonEacOver => "BAC/EAC ({0}) {1} < {2}", "BAC/EAC（{0}）{1} < {2}";
        ReasonBurn => "run-rate burn {0} % >= {1} %", "运行费率消耗 {0}% >= {1}%";
        ReasonSlaMissed => "SLAs missed: {0}", "未达标的 SLA：{0}";

        }
    };
}
