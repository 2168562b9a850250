//! Every label with its English and Chinese text. `{0}`, `{1}`... are the
//! places [`super::tf`] fills in.

macro_rules! labels {
    ($( $name:ident => $en:literal, $zh:literal; )*) => {
        /// One label of a report, e.g. a column name or a note.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Label { $($name,)* }

        impl Label {
            /// Every label, in declaration order.
            pub const ALL: &'static [Label] = &[$(Label::$name,)*];

            pub const fn en(self) -> &'static str {
                match self { $(Label::$name => $en,)* }
            }

            pub fn zh(self) -> &'static str {
                match self { $(Label::$name => $zh,)* }
            }
        }
    };
}

labels! {
    // ---- The domain's terms (seeds 000-004) ----
    SingleCustomer => "single-customer", "单客户项目群";
    SingleBusiness => "single-business", "单业务项目群";
    MultiCustomer => "multi-customer", "多客户项目群";
    MultiBusiness => "multi-business", "多业务项目群";
    Composite => "composite", "复合项目群";
    StageIdentify => "identify", "识别项目群";
    StageDefine => "define", "定义项目群";
    StageIntegrated => "integrated-management", "项目群综合管理";
    StagePortfolio => "portfolio-management", "项目组合管理";
    StageBenefits => "benefits-management", "项目群收益管理";
    StageClosure => "closure", "项目群收尾管理";
    DimServiceDelivery => "service delivery outcomes", "服务交付成果";
    DimProcess => "process management", "流程化管理";
    DimEffectiveness => "efficiency", "效能";
    DimSecurity => "security", "安全";
    DimKnowledge => "knowledge management", "知识管理";
    DimPeople => "people management", "人员管理";
    DimImprovement => "continuous improvement", "持续改进";
    Review360 => "360-degree review", "360度考核";
    Reviews360 => "360-degree reviews", "360度考核";
    CompSelfDiscipline => "Self-discipline", "自律性";
    CompTeamwork => "Teamwork", "团队/协作精神";
    CompResponsibility => "Responsibility", "责任心";
    CompCustomerService => "Customer-service awareness", "客户服务意识";
    CompLeadership => "Leadership", "领导力";
    CompAnalysis => "Analysis and decision-making", "分析/决策能力";
    CompOrganization => "Organization and planning", "组织/规划能力";
    CompDelegation => "Delegation and control", "授权/控制能力";
    CompCommunication => "Communication", "沟通能力";
    CompInnovation => "Innovation", "创新能力";
    GroupSelf => "self", "自评";
    GroupSuperior => "superior", "上级";
    GroupPeer => "peer", "同级";
    GroupSubordinate => "subordinate", "下属";
    GroupCustomer => "customer", "客户";
    GroupPooled => "pooled", "合并";
    GroupOthers => "others", "他评";
    CatTechnical => "technical", "技术";
    CatResource => "resource", "资源";
    CatSchedule => "schedule", "进度";
    CatExternal => "external", "外部";
    CatSecurity => "security", "安全";
    CatCompliance => "compliance", "合规";
    CatCustomer => "customer", "客户";
    CatFinancial => "financial", "财务";
    CatQuality => "quality", "质量";
    CatCrossCultural => "cross-cultural", "跨文化";
    StrAvoid => "avoid", "规避";
    StrTransfer => "transfer", "转移";
    StrMitigate => "mitigate", "减轻";
    StrAccept => "accept", "接受";
    StrEscalate => "escalate", "上报";
    StrExploit => "exploit", "开拓";
    StrShare => "share", "分享";
    StrEnhance => "enhance", "提高";
    RiskOpen => "open", "未关闭";
    RiskMonitoring => "monitoring", "监控中";
    RiskOccurred => "occurred", "已发生";
    RiskClosed => "closed", "已关闭";
    NoneKey => "(none)", "（无）";
    StatusProposed => "proposed", "提议";
    StatusPlanned => "planned", "已计划";
    StatusActive => "active", "进行中";
    StatusOnHold => "on-hold", "暂停";
    StatusClosed => "closed", "已关闭";
    StatusCancelled => "cancelled", "已取消";
    Green => "green", "绿";
    Amber => "amber", "黄";
    Red => "red", "红";
    GreenLetter => "G", "绿";
    AmberLetter => "A", "黄";
    RedLetter => "R", "红";
    UnknownLetter => "?", "？";
    ReasonUncertain => "rests on documents with errors (see pmo validate)", "所依据的文档有错误（见 pmo validate）";
    DataErrors => "this repository has error-level findings ({0}): the figures may be wrong, and statuses that rest on them are shown as unknown; run `pmo validate`",
        "本仓库有错误级问题（{0} 个）：数字可能有误，依据这些文档的状态显示为未知；请运行 `pmo validate`";
    WarningWord => "Warning", "警告";
    RoleProgramManager => "program manager", "项目群经理";
    RolePmo => "PMO", "项目管理办公室";
    RoleDirector => "IT-service director", "IT服务总监";
    PmoMatrix => "matrix PMO", "矩阵型PMO";
    PmoFunctional => "functional PMO", "职能型PMO";
    PmoHybrid => "hybrid PMO", "混合型PMO";
    SpiCpi => "SPI / CPI", "SPI / CPI";
    Spi => "SPI", "SPI";
    Cpi => "CPI", "CPI";
    Kpi => "KPI", "KPI";

    // ---- Words several reports share ----
    Program => "Program", "项目群";
    Project => "Project", "项目";
    Person => "Person", "人员";
    Name => "Name", "名称";
    Period => "Period", "周期";
    Manager => "Manager", "经理";
    Task => "Task", "任务";
    Owner => "Owner", "负责人";
    Status => "Status", "状态";
    Done => "Done", "完成";
    Grade => "Grade", "等级";
    Total => "Total", "总分";
    Trend => "Trend", "趋势";
    Change => "Change", "变化";
    AsOf => "As of", "截至日期";
    NextMilestone => "Next milestone", "下一里程碑";
    NoProjectsInScope => "No projects in scope.", "范围内没有项目。";
    NoneWord => "none", "无";
    Yes => "yes", "是";
    No => "no", "否";
    KindTask => "task", "任务";
    KindMilestone => "milestone", "里程碑";

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

    // ---- Plan ----
    PlanTitleNamed => "Plan: {0}, as of {1}", "计划：{0}，截至 {1}";
    PlanTitle => "Plan as of {0}", "计划，截至 {0}";
    ProgramHeading => "Program {0}: {1}", "项目群 {0}：{1}";
    ProjectHeading => "Project {0}: {1}", "项目 {0}：{1}";
    DonePlanned => "{0} (planned {1}, by {2})", "{0}（计划 {1}，按{2}加权）";
    WeightCost => "planned cost", "计划成本";
    WeightBudget => "budget (EV / BAC)", "预算（EV / BAC）";
    WeightProjects => "projects, equally", "项目平均";
    WeightEffort => "effort", "工作量";
    WeightDuration => "duration", "工期";
    WeightMilestones => "milestones", "里程碑";
    WeightNone => "none", "无";
    KeyFinish => "finish", "完工";
    FinishLine => "planned {0}, projected {1}, baseline {2}, slip {3}",
        "计划 {0}，预测 {1}，基线 {2}，延误 {3}";
    SignedDays => "{0} d", "{0} 天";
    PlanEv => "BAC {0} {1}, PV {2}, EV {3}, AC {4}; SPI {5}, CPI {6}; EAC ({9}) {7}, VAC {8}",
        "完工预算 BAC {0} {1}，计划价值 PV {2}，挣值 EV {3}，实际成本 AC {4}；SPI {5}，CPI {6}；完工估算 EAC（{9}）{7}，完工偏差 VAC {8}";
    NoteNoBaseline => "no baseline: no PV and no SPI (set `baseline`, or `--baseline REV`)",
        "无基线：无 PV 与 SPI（设置 `baseline` 或 `--baseline REV`）";
    NoteNoActual => "actual cost unknown (no `actuals` ledger, no `budget.actual`): no CPI",
        "实际成本未知（无 `actuals` 台账，无 `budget.actual`）：无 CPI";
    NoteUndatedActual => "actual cost is the undated `budget.actual`", "实际成本为未注明日期的 `budget.actual`";
    NoteBacBaseline => "BAC is the budget approved at baseline", "BAC 为基线批准的预算";
    NoteBudgetChanged => "BAC is the budget approved at baseline; the budget is now {0} ({1})",
        "BAC 为基线批准的预算；当前预算 {0}（{1}）";
    NoteProgramNoPv => "{0} of {1} projects have no baseline: left out of SPI",
        "{1} 个项目中 {0} 个无基线：不计入 SPI";
    NoteProgramNoAc => "{0} of {1} projects have no actual cost: left out of CPI, counted at BAC in EAC",
        "{1} 个项目中 {0} 个无实际成本：不计入 CPI，EAC 按 BAC 计";
    KeyService => "service", "服务";
    KeyNote => "note", "说明";
    PlanBurn => "run-rate {0} {1}/month x {2} months = {3}; spent {4} ({5})",
        "运行费率 {0} {1}/月 x {2} 个月 = {3}；已花费 {4}（{5}）";
    MilestoneDueProjected => "{0}/{1} {2} due {3} (projected {4})", "{0}/{1} {2} 到期 {3}（预测 {4}）";
    KeyCriticalPath => "critical path", "关键路径";
    PathMore => " … (+{0} more)", " …（另 {0} 项）";
    ColPlan => "Plan", "计划";
    ColFinish => "Finish", "完工";
    ColSlip => "Slip", "延误";
    NoProjects => "no projects", "没有项目";
    KeyNeeds => "needs", "依赖";
    NeedLine => "{0}/{1} by {2} (projected {3})", "{0}/{1} 需于 {2}（预测 {3}）";
    Unknown => "unknown", "未知";
    ColItem => "Item", "条目";
    ColKind => "Kind", "类型";
    ColState => "State", "状态";
    ColDue => "Due", "到期";
    ColProjected => "Projected", "预测";
    ColFloat => "Float", "浮动时间";
    NothingLate => "nothing late or due soon", "没有逾期或即将到期的条目";
    StateDone => "done", "已完成";
    StateDoneLate => "done-late", "延期完成";
    StateOverdue => "overdue", "逾期";
    StateDueSoon => "due-soon", "即将到期";
    StateInProgress => "in-progress", "进行中";
    StateOpen => "open", "未开始";
    Cycles => "Dependency cycles (scheduled with the cycle's links left out)",
        "依赖环（排程时忽略环中的依赖）";
    Gantt => "Gantt", "甘特图";
    SvgDone => "done", "已完成";
    SvgToDo => "to do", "待完成";
    SvgCritical => "critical path (!)", "关键路径 (!)";
    SvgOverdueWork => "overdue work (dashed edge)", "逾期工作（虚线边框）";
    SvgMilestoneToCome => "milestone to come", "待达成里程碑";
    SvgMilestoneOverdue => "milestone overdue (×)", "逾期里程碑 (×)";
    SvgMilestoneReached => "milestone reached", "已达成里程碑";
    SvgToday => "today {0}", "今天 {0}";
    SvgAsOf => "as of {0}", "截至 {0}";
    GanttLegend => "█ done  ░ to do  ▓ to do, critical (!)  ◆ milestone  ◇ reached  ✖ overdue",
        "█ 已完成  ░ 待完成  ▓ 待完成，关键路径 (!)  ◆ 里程碑  ◇ 已达成  ✖ 已逾期";
    GanttToday => "  │ today {0}", "  │ 今天 {0}";
    GanttColumn => "  (1 column = {0})", "  （1 列 = {0}）";
    OneDay => "1 day", "1 天";
    NDays => "{0} days", "{0} 天";

    // ---- Risk ----
    ShowingOf => "Showing {0} of {1} {2}; `--format json` or `--format csv` has them all.",
        "共 {1} 条{2}，显示 {0} 条；`--format json` 或 `--format csv` 包含全部。";
    ProbRare => "rare", "罕见";
    ProbUnlikely => "unlikely", "不太可能";
    ProbPossible => "possible", "可能";
    ProbLikely => "likely", "很可能";
    ProbAlmostCertain => "almost certain", "几乎确定";
    ImpNegligible => "negligible", "可忽略";
    ImpMinor => "minor", "轻微";
    ImpModerate => "moderate", "中等";
    ImpMajor => "major", "重大";
    ImpSevere => "severe", "严重";
    HeatTitle => "{0} ({1} open)", "{0}（{1} 个未关闭）";
    ImpactNote => "impact: {0}", "影响：{0}";
    Impact => "impact", "影响";
    Probability => "probability", "概率";
    Legend => "Legend", "图例";
    Threats => "Threats", "威胁";
    Opportunities => "Opportunities", "机会";
    TrendNew => "new", "新增";
    NoRecipient => "no one named in the program's leadership", "项目群领导中无人可通知";
    OpenThreats => "Open threats", "未关闭威胁";
    OpenOpportunities => "Open opportunities", "未关闭机会";
    Closed => "Closed", "已关闭";
    Escalations => "Escalations", "升级";
    EscalationsLine => "threats at or above tolerance: {0}", "达到或超过容忍度的威胁：{0}";
    Overdue => "Overdue", "逾期";
    OverdueLine => "reviews {0}, actions {1}", "评审 {0}，行动 {1}";
    Hygiene => "Hygiene", "登记册维护";
    HygieneLine => "lacking a response {0}, stale (> {1} days) {2}, on finished projects {3}",
        "缺少应对 {0}，陈旧（> {1} 天）{2}，在已结束项目上 {3}";
    ExposureEmv => "Exposure (EMV)", "风险敞口（EMV）";
    ExposureLine => "threats {0} {1}, opportunities {0} {2}, net {0} {3} ({4} open risks unpriced)",
        "威胁 {0} {1}，机会 {0} {2}，净额 {0} {3}（{4} 个未关闭风险未定价）";
    Reserve => "Reserve", "储备";
    ReserveLine => "{0} {1}, headroom {0} {2}", "{0} {1}，余量 {0} {2}";
    TrendSince => "Trend since {0}", "自 {0} 以来的趋势";
    TrendLine => "{0} new, {1} closed, {2} rising, {3} falling", "新增 {0}，关闭 {1}，上升 {2}，下降 {3}";
    TopOf => "{0} (top {1} of {2})", "{0}（共 {2} 项，前 {1} 项）";
    ColId => "id", "编号";
    ColTitle => "title", "标题";
    ColProject => "project", "项目";
    ColProgram => "program", "项目群";
    ColScore => "score", "分值";
    ColTrend => "trend", "趋势";
    ColOwner => "owner", "负责人";
    ColStrategy => "strategy", "策略";
    ColNextReview => "next review", "下次评审";
    NoOpenRisksOfKind => "No open risks of this kind.", "没有此类未关闭风险。";
    TopThreats => "Top threats", "主要威胁";
    TopOpportunities => "Top opportunities", "主要机会";
    EscalationsTitle => "Escalations (open threats at or above tolerance)",
        "升级（达到或超过容忍度的未关闭威胁）";
    ColRisk2 => "risk", "风险";
    ColScoreTolerance => "score / tolerance", "分值 / 容忍度";
    ColNotify => "notify", "通知";
    NoEscalation => "No open risk is at or above its tolerance.", "没有未关闭风险达到或超过其容忍度。";
    ReviewsOverdue => "Reviews overdue", "逾期评审";
    ColDaysOver => "days over", "逾期天数";
    NoReviewOverdue => "No review is overdue.", "没有逾期评审。";
    ActionsOverdue => "Actions overdue", "逾期行动";
    ColAction => "action", "行动";
    ColDue2 => "due", "到期";
    NoActionOverdue => "No action is overdue.", "没有逾期行动。";
    LacksResponse => "high risk lacking a response", "缺少应对的高风险";
    ScoreMissing => "score {0}; no {1}", "分值 {0}；缺少 {1}";
    MissingSep => ", no ", "、";
    MissOwner => "owner", "负责人";
    MissStrategy => "strategy", "策略";
    MissAction => "action", "行动";
    OnFinished => "open on a finished project", "在已结束项目上仍未关闭";
    ProjectIs => "{0} is {1}", "{0} 状态为{1}";
    Stale => "stale", "陈旧";
    LastAssessed => "last assessed {0} ({1} days ago)", "最近评估 {0}（{1} 天前）";
    ColProblem => "problem", "问题";
    ColDetail => "detail", "详情";
    HygieneOk => "Every open risk is owned, answered and recently assessed.",
        "每个未关闭风险都有负责人和应对，且近期已评估。";
    ColThreatsEmv => "threats EMV ({0})", "威胁 EMV（{0}）";
    ColOpportunitiesEmv => "opportunities EMV", "机会 EMV";
    ColNet => "net", "净额";
    ColReserve => "reserve", "储备";
    ColHeadroom => "headroom", "余量";
    ColUnpriced => "unpriced", "未定价";
    ExposureByProject => "Exposure by project", "按项目的风险敞口";
    NoExposure => "No open risk with a cost impact and no declared reserve.",
        "没有带成本影响的未关闭风险，也没有申报的储备。";
    TotalRow => "total", "合计";
    ExposureByProgram => "Exposure by program", "按项目群的风险敞口";
    NoProgramInScope => "No program in scope.", "范围内没有项目群。";
    New => "New", "新增";
    Rising => "Rising", "上升";
    Falling => "Falling", "下降";
    OpenScoreTotal => "Open score total", "未关闭风险总分";
    ThenNow => "{0} then, {1} now", "当时 {0}，现在 {1}";
    TopMovers => "Top movers", "变化最大的风险";
    ColThen => "then", "当时";
    ColNow => "now", "现在";
    ColChange => "change", "变化";
    NoMovers => "No open risk changed score in the window.", "窗口内没有未关闭风险的分值发生变化。";
    ProximityTitle => "Proximity (open risks tied to a task or milestone)",
        "临近度（关联任务或里程碑的未关闭风险）";
    ColThreatens => "threatens", "威胁对象";
    ColDate => "date", "日期";
    ColDays => "days", "天数";
    ColCriticalPath => "critical path", "关键路径";
    NoProximity => "No open risk is tied to a pending task or milestone.",
        "没有未关闭风险关联待完成的任务或里程碑。";
    ColRisks => "risks", "风险数";
    ColOpen => "open", "未关闭";
    ColEscalated => "escalated", "已升级";
    ColOpenScore => "open score", "未关闭分值";
    NoRisks => "No risks.", "没有风险。";
    ScopeProgram => "program {0}", "项目群 {0}";
    ScopeProject => "project {0}", "项目 {0}";
    ScopeCategory => "category {0}", "类别 {0}";
    ScopeOwner => "owner {0}", "负责人 {0}";
    ScopeStatus => "status {0}", "状态 {0}";
    ScopeMinScore => "score >= {0}", "分值 >= {0}";
    AllRisks => "all risks", "全部风险";
    RiskTitle => "{0}: risks as of {1}", "{0}：风险，截至 {1}";
    RiskScopeLine => "{0}; scales {1}x{2} (probability x impact); trend since {3}",
        "{0}；等级 {1}x{2}（概率 x 影响）；趋势自 {3} 起";
    Exposure => "Exposure", "风险敞口";
    EmvNote => "EMV = probability / {0} x cost impact; net = threats - opportunities; headroom = reserve - net.",
        "EMV = 概率 / {0} x 成本影响；净额 = 威胁 - 机会；余量 = 储备 - 净额。";
    Breakdowns => "Breakdowns", "分类统计";
    ByCategory => "By category", "按类别";
    ByOwner => "By owner", "按负责人";
    ByStatus => "By status", "按状态";
    ByStrategy => "By strategy", "按策略";
    ColCategory => "category", "类别";
    ColStatus => "status", "状态";
    WhatEscalations => "escalations", "升级";
    WhatOverdueReviews => "overdue reviews", "逾期评审";
    WhatOverdueActions => "overdue actions", "逾期行动";
    WhatUnmanaged => "high risks lacking a response", "缺少应对的高风险";
    WhatOnFinished => "risks on finished projects", "已结束项目上的风险";
    WhatStale => "stale risks", "陈旧风险";
    WhatProjects => "projects", "项目";
    WhatPrograms => "programs", "项目群";
    WhatTied => "risks tied to a task or milestone", "关联任务或里程碑的风险";
    WhatCategories => "category", "类别";
    WhatOwners => "owner", "负责人";
    WhatStatuses => "status", "状态";
    WhatStrategies => "strategy", "策略";

    // ---- Resource ----
    LoadHeading => "Load (% of capacity)", "负荷（占产能的百分比）";
    SuggestionNote => "Suggestions move the lowest-priority project's tasks in the period, those with the most schedule float first, or hand the work to someone with the same role or skill who has room.",
        "建议：将该周期内优先级最低的项目的任务移出（浮动时间最多的优先），或将工作交给具有相同角色或技能且有余力的人。";
    CostByProject => "Cost vs budget by project", "按项目的成本与预算";
    CostByProgram => "Cost vs budget by program", "按项目群的成本与预算";
    NoCostRate => "No cost rate (counted as 0): {0}.", "无成本费率（按 0 计）：{0}。";
    ResourcesTitleNamed => "Resources: {0}", "资源：{0}";
    ResourcesTitle => "Resources", "资源";
    OneWeek => "{0} week", "{0} 周";
    NWeeks => "{0} weeks", "{0} 周";
    OneMonth => "{0} month", "{0} 个月";
    NMonths => "{0} months", "{0} 个月";
    Window => "Window", "窗口";
    WindowLine => "{0} to {1} ({2}, {3} to {4})", "{0} 至 {1}（{2}，{3} 至 {4}）";
    People => "People", "人员";
    Conflicts => "Conflicts", "冲突";
    ConflictsLine => "{0} (load over {1}% of capacity)", "{0}（负荷超过产能的 {1}%）";
    Idle => "Idle", "空闲";
    IdleLine => "{0} (under {1}% over the window)", "{0}（窗口内低于 {1}%）";
    Load => "Load", "负荷";
    LoadMeaning => "per day the larger of the team allocation and task effort, summed over projects",
        "每天取团队分配与任务工作量中的较大者，按项目求和";
    Off => "off", "休";
    OffOver => "off!", "休!";
    GridLegend => "Cells: load as % of capacity; `!` over {0}%; `off` no working hours (leave, holidays).",
        "单元格：负荷占产能的百分比；`!` 超过 {0}%；`休` 无工作时间（休假、节假日）。";
    NobodyMatches => "Nobody matches the filters.", "没有符合筛选条件的人员。";
    MorePeriod => "({0} more period to {1} not shown: use --from/--to or a wider terminal)",
        "（另有 {0} 个周期至 {1} 未显示：使用 --from/--to 或更宽的终端）";
    MorePeriods => "({0} more periods to {1} not shown: use --from/--to or a wider terminal)",
        "（另有 {0} 个周期至 {1} 未显示：使用 --from/--to 或更宽的终端）";
    ConflictsTitle => "Conflicts (most hours over first)", "冲突（超出工时最多的在前）";
    ColLoadCap => "Load/cap h", "负荷/产能 h";
    ColOverH => "Over h", "超出 h";
    ColProjectsPriority => "Projects (program, priority: h)", "项目（项目群，优先级：h）";
    ColTasks => "Tasks", "任务";
    ColSuggestion => "Suggestion", "建议";
    NoConflicts => "No conflicts: nobody is over capacity in the window.", "没有冲突：窗口内无人超负荷。";
    DemandTitle => "Demand vs supply by role or skill (hours in the window)",
        "按角色或技能的需求与供给（窗口内工时）";
    ColRoleSkill => "Role/skill", "角色/技能";
    ColPeople => "People", "人数";
    ColDemand => "Demand", "需求";
    ColSupply => "Supply", "供给";
    ColGap => "Gap", "缺口";
    ColShortIn => "Short in", "短缺周期";
    NoDemand => "No demand in the window.", "窗口内没有需求。";
    UnstaffedTitle => "Unstaffed tasks (a role, no owner)", "未配备人员的任务（有角色，无负责人）";
    ColName => "Name", "名称";
    ColRole => "Role", "角色";
    ColStart => "Start", "开始";
    ColEnd => "End", "结束";
    ColEffortH => "Effort h", "工作量 h";
    ColInWindowH => "In window h", "窗口内 h";
    EveryTaskOwned => "Every task that names a role has an owner.", "每个指定角色的任务都有负责人。";
    RolesNobodyHas => "Roles nobody has (as a role or skill)", "无人具备的角色（作为角色或技能）";
    ColWantedBy => "Wanted by", "需求方";
    IdleTitle => "Idle people (under {0}% over the window)", "空闲人员（窗口内低于 {0}%）";
    ColCapacityH => "Capacity h", "产能 h";
    ColLoadH => "Load h", "负荷 h";
    ColUtilisation => "Utilisation", "利用率";
    NobodyIdle => "Nobody is idle.", "没有空闲人员。";
    ColIdUpper => "Id", "编号";
    ColBudget => "Budget {0}", "预算 {0}";
    ColBefore => "Before", "之前";
    ColInWindow => "In window", "窗口内";
    ColTo => "To {0}", "至 {0}";
    ColAtCompletion => "Labour at rates", "按费率人工成本";
    ColActualCost => "AC", "实际成本 AC";
    ColForecast => "EAC ({0})", "完工估算 EAC（{0}）";
    CostTwoFigures => "Labour at rates is planned hours x each person's cost rate over the whole plan; AC and EAC are the plan report's actual cost and forecast at completion (earned value). They differ by non-labour spend, work the hours do not cover, and performance to date (docs/reports.md, \"Two cost figures\").",
        "按费率人工成本 = 整个计划的计划工时 x 每人费率；AC 与 EAC 是计划报告的实际成本与完工估算（挣值）。两者之差来自非人工支出、工时未覆盖的工作及迄今的绩效（见 docs/reports.md “Two cost figures”）。";
    ColPercentBudget => "% budget", "占预算 %";
    ColRunsOut => "Runs out", "预算耗尽";
    UnscheduledTitle => "Owned tasks that add no load", "不产生负荷的已分配任务";
    ColWhy => "Why", "原因";
    NoDates => "no start or end date", "没有开始或结束日期";
    NoEffort => "no effort", "没有工作量";
    SuggestLower => "lower {0}'s allocation (priority {1}) in {2} by {3} h",
        "将 {0}（优先级 {1}）在 {2} 的分配减少 {3} h";
    SuggestFloat => "{0} ({1} d float)", "{0}（浮动 {1} 天）";
    SuggestCritical => "{0} (critical)", "{0}（关键）";
    SuggestMove => "move {0} of {1} (priority {2}) out of {3}", "将 {1}（优先级 {2}）的 {0} 移出 {3}";
    SuggestHand => "hand {0} h to {1} ({2} h free, {3})", "将 {0} h 交给 {1}（空闲 {2} h，{3}）";
    SuggestOr => "; or ", "；或";
    NoSuggestion => "no suggestion", "无建议";
    NoWorkingDay => "no working day between start and end", "开始与结束之间没有工作日";

    // ---- Assessment ----
    DimensionLegend => "D1 service delivery outcomes · D2 process management · D3 efficiency · D4 security · D5 knowledge management · D6 people management · D7 continuous improvement; * weakest dimension; rank ties go to the smaller id.",
        "D1 服务交付成果 · D2 流程化管理 · D3 效能 · D4 安全 · D5 知识管理 · D6 人员管理 · D7 持续改进；* 最弱维度；排名并列时编号较小者在前。";
    NoActual => "no actual", "无实际值";
    TrendBetter => "↑ better", "↑ 改善";
    TrendWorse => "↓ worse", "↓ 变差";
    TrendFlat => "→ flat", "→ 持平";
    ColRank => "Rank", "排名";
    ColInProgram => "In program", "项目群内";
    ProjectAssessmentPeriod => "Project assessment, {0}", "项目考核，{0}";
    ColProjects => "Projects", "项目数";
    ProgramAverages => "Program averages by dimension", "各维度项目群平均分";
    NoProgramAverages => "No program averages in scope.", "范围内没有项目群平均分。";
    KpiTitle => "KPI and SLA attainment (✓ met, ✗ missed; ⚑ misses in a row at the flag)",
        "KPI 与 SLA 达成情况（✓ 达成，✗ 未达成；⚑ 连续未达成次数达到警戒值）";
    ColTarget => "Target", "目标";
    ColLatest => "Latest", "最新";
    ColMet => "Met", "达成";
    ColMisses => "Misses", "连续未达成";
    NoKpis => "No KPIs in scope.", "范围内没有 KPI。";
    KpiByProject => "KPI attainment by project and period (met/measured)",
        "按项目和周期的 KPI 达成情况（达成/测量）";
    ColByPeriod => "By period", "按周期";
    KpiByProgram => "KPI attainment by program (met/measured)", "按项目群的 KPI 达成情况（达成/测量）";
    BlindSpotMark => "◀ blind spot {0}", "◀ 盲点 {0}";
    HiddenStrengthMark => "◀ hidden strength {0}", "◀ 隐藏优势 {0}";
    ReviewsTitle => "Reviews (raters shown; latest review per manager in full below)",
        "考核（显示评价人数；每位经理的最新考核详见下文）";
    ColRaters => "Raters", "评价人";
    ColOverall => "Overall", "综合";
    ColBlindSpots => "Blind spots", "盲点";
    ColHiddenStr => "Hidden str.", "隐藏优势";
    ReviewHeading => "360-degree review: {0}, {1}", "360度考核：{0}，{1}";
    KeyReview => "Review", "考核";
    KeyPooled => "Pooled", "合并";
    PooledLine => "groups below {0} raters, combined so no one is identifiable",
        "评价人少于 {0} 人的组已合并，无法识别个人";
    KeyWithheld => "Withheld", "未显示";
    WithheldLine => "{0} ratings: groups below {1} raters, even pooled, are not shown",
        "{0} 份评价：合并后仍少于 {1} 人的组不予显示";
    OverallSince => "{0} ({1} since {2})", "{0}（自 {2} 起 {1}）";
    TopThree => "Top three", "前三项";
    BottomThree => "Bottom three", "后三项";
    HiddenStrengths => "Hidden strengths", "隐藏优势";
    ColCompetency => "Competency", "能力";
    ColOthers => "Others", "他评";
    CompetenciesTitle => "Competencies by rater group (mean; Others = weighted mean of all but self; – = none, or too few to show)",
        "按评价组的能力得分（均值；他评 = 除自评外的加权均值；– = 无，或人数太少不予显示）";
    NoCompetencyRated => "No competency was rated.", "没有能力被评分。";
    SelfAgainstOthers => "Self against others", "自评与他评对比";
    GapNote => "Gap = self - others; ! blind spot (gap >= {0}), + hidden strength (gap <= -{0}).",
        "差距 = 自评 - 他评；! 盲点（差距 >= {0}），+ 隐藏优势（差距 <= -{0}）。";
    GapCol => "Gap", "差距";
    NotApplicable => "n/a", "不适用";
    ManagedTitle => "Projects managed (latest assessment at the review)", "负责的项目（考核时的最新评估）";
    ColAssessed => "Assessed", "评估周期";
    ColPlanStatus => "Plan status", "计划状态";
    ManagesNone => "Manages no project.", "未负责任何项目。";
    CommentsTitle => "Comments (groups shown on their own only)", "评语（仅显示单独成组的评语）";
    ColGroup => "Group", "组";
    ColComment => "Comment", "评语";
    ProjectAssessment => "Project assessment", "项目考核";
    NoProjectAssessments => "No project assessments in scope.", "范围内没有项目考核。";
    NoReviews => "No 360-degree reviews in scope.", "范围内没有360度考核。";
    AssessmentTitleNamed => "Assessment report: {0}", "考核报告：{0}";
    AssessmentTitle => "Assessment report", "考核报告";
    // ---- Lessons report ----
    LessonsTitle => "{0}: lessons learned as of {1}", "{0}：经验教训，截至 {1}";
    AllLessons => "all lessons", "全部经验教训";
    ScopeTags => "tagged {0}", "标签 {0}";
    ScopeSearch => "containing \"{0}\"", "包含“{0}”";
    LessonsCount => "{0} lessons from {1} projects", "{0} 条经验教训，来自 {1} 个项目";
    LessonsTags => "Tags", "标签";
    LessonsList => "Lessons learned", "经验教训";
    ColTag => "tag", "标签";
    ColTags => "tags", "标签";
    ColLessons => "lessons", "条数";
    ColLesson => "lesson", "经验教训";
    ColAccepted => "accepted", "验收日期";
    NoLessons => "No lesson matches.", "没有符合条件的经验教训。";
    NoTags => "No lesson carries a tag.", "经验教训均未加标签。";
    ClosedWithoutLessons => "Closed without lessons (G009): {0}", "已收尾但未记录经验教训（G009）：{0}";
    // ---- Goals and benefits (收益管理), change control (变更) ----
    BenefitsTitle => "Benefits", "收益";
    BenefitsTitleNamed => "Benefits: {0}", "收益：{0}";
    GoalsTitle => "Goals and the projects that serve them", "目标及服务于目标的项目";
    BenefitsTable => "Benefits against their targets", "收益与目标值对比";
    NoBenefits => "No benefits in scope.", "范围内没有收益。";
    NoGoals => "No goals.", "没有目标。";
    BenefitsSummary => "{0} benefits: {1} met, {2} on track, {3} behind, {4} not measured",
        "{0} 项收益：{1} 项已达成，{2} 项按计划，{3} 项落后，{4} 项未测量";
    ColBenefit => "benefit", "收益";
    ColGoal => "goal", "目标";
    ColGoals => "goals", "目标";
    ColTargetValue => "target", "目标值";
    ColLatestValue => "latest", "最新值";
    ColMeasuredOn => "measured", "测量日期";
    ColDelivering => "projects", "项目";
    ColDescription => "description", "描述";
    ColValue => "value", "值";
    ColNote => "note", "备注";
    ColDueOn => "due", "到期";
    ColReason => "reason", "原因";
    BenefitMet => "met", "已达成";
    BenefitOnTrack => "on track", "按计划";
    BenefitBehind => "behind", "落后";
    BenefitNotMeasured => "not measured", "未测量";
    BenefitNoTarget => "no numeric target", "无数值目标";
    ReasonMissedAtDue => "due {0} at {1}, stands at {2}", "{0} 到期，目标 {1}，现为 {2}";
    ReasonBelowLine => "at {0}, behind the {1} expected by now (target {2})",
        "现为 {0}，落后于当前应达的 {1}（目标 {2}）";
    ReasonBenefitsBehind => "benefits behind target: {0}", "收益落后于目标：{0}";
    ReportBenefits => "benefits", "收益";
    ChangesTitle => "Change requests", "变更请求";
    ChangeProposed => "pending", "待决";
    ChangeApproved => "approved", "已批准";
    ChangeRejected => "rejected", "已拒绝";
    ColChangeRequest => "change", "变更";
    ColMoves => "moves", "变更内容";
    ColChangeWhy => "why", "原因";
    ColDecided => "decided", "决定";
    MoveScope => "scope", "范围";
    MoveStart => "start", "开始";
    MoveEnd => "end", "结束";
    MoveBudget => "budget", "预算";
    MoveLine => "{0}: {1} → {2}", "{0}：{1} → {2}";
    // ---- Quality: satisfaction surveys, communication plan ----
    SatisfactionTitle => "Customer satisfaction", "客户满意度";
    SatisfactionLatest => "Latest customer satisfaction (share of the survey's scale):",
        "最新客户满意度（占调查量表的比例）：";
    ColCustomer => "Customer", "客户";
    ColPrevious => "Previous", "上次";
    ColSurveyDate => "Date", "日期";
    ColSurveyScore => "Score", "得分";
    ColSurveys => "Surveys", "调查数";
    ColSurveyComment => "Comments (latest)", "评语（最新）";
    SatisfactionEvidenceTitle => "Surveys behind service delivery outcomes (D1)",
        "服务交付成果（D1）所依据的满意度调查";
    ColShare => "Share of scale", "占量表比例";
    ColOnScoreScale => "On score scale", "折算得分";
    ColD1Given => "D1 given", "D1 评分";
    SurveyFormula => "Share = (score - min) / (max - min) of each survey's scale; on the score scale = {0} + share × ({1} - {0}), the mean of the period's surveys. † D1 taken from the surveys: the assessment gives none.",
        "占比 = (得分 - 最低分) / (最高分 - 最低分)，按每次调查自身的量表；折算得分 = {0} + 占比 × ({1} - {0})，取该周期调查的平均值。† D1 取自满意度调查：该考核未给出 D1 评分。";
    EvaluationTitle => "Team-member performance evaluation", "团队成员绩效评估";
    ColPerson => "Person", "人员";
    AspectTime => "Time", "时间";
    AspectCost => "Cost", "成本";
    AspectQuality => "Quality", "质量";
    ColMean => "Mean", "平均";
    ColEvaluator => "Evaluator", "评估人";
    EvaluationNote => "Scores on the score scale of pmo.toml; the mean is over the aspects scored.",
        "得分采用 pmo.toml 的评分量表；平均值按已评分的方面计算。";
    ReasonSatisfactionLow => "{0} satisfaction {1} % < {2} %", "{0} 满意度 {1}% < {2}%";
    ReasonSatisfactionFalling => "{0} satisfaction fell {1} % → {2} %", "{0} 满意度下降 {1}% → {2}%";
    // ---- History: `pmo diff`, `pmo report trend`, `report --since` ----
    DiffTitleNamed => "What changed: {0}", "变化：{0}";
    DiffTitle => "What changed", "变化";
    DiffFrom => "From", "起点";
    DiffTo => "To", "终点";
    DiffChanges => "Changes", "变化";
    DiffCounts => "{0} bad, {1} to watch, {2} good, {3} other",
        "坏消息 {0} 条，需关注 {1} 条，好消息 {2} 条，其他 {3} 条";
    DiffSide => "{0} ({1}, as of {2})", "{0}（{1}，截至 {2}）";
    DiffSideTree => "{0} (as of {1})", "{0}（截至 {1}）";
    WorkingTree => "working tree", "工作区";
    DiffTable => "Changes, worst news first", "变化，坏消息在前";
    DiffEmpty => "No change to the portfolio.", "项目组合没有变化。";
    DiffMore => "... and {0} more changes (`pmo diff --format json` lists them all).",
        "……另有 {0} 条变化（`pmo diff --format json` 列出全部）。";
    DiffColNews => "news", "消息";
    DiffColChange => "change", "变化";
    DiffColItem => "item", "条目";
    DiffColName => "name", "名称";
    DiffColThen => "then", "此前";
    DiffColNow => "now", "现在";
    DiffColDelta => "delta", "差值";
    DiffColDetail => "detail", "说明";
    NewsBad => "bad", "坏";
    NewsWatch => "watch", "关注";
    NewsGood => "good", "好";
    NewsInfo => "info", "信息";
    ChProjectAdded => "project-added", "新增项目";
    ChProjectRemoved => "project-removed", "删除项目";
    ChProjectClosed => "project-closed", "项目关闭";
    ChRagWorse => "rag-worse", "状态变差";
    ChRagBetter => "rag-better", "状态好转";
    ChMilestoneMoved => "milestone-moved", "里程碑变动";
    ChMilestoneReached => "milestone-reached", "里程碑达成";
    ChMilestoneOverdue => "milestone-overdue", "里程碑逾期";
    ChFinishMoved => "finish-moved", "完工日期变动";
    ChCriticalPathChanged => "critical-path-changed", "关键路径变化";
    ChPercentComplete => "percent-complete", "完成率";
    ChSpi => "spi", "SPI";
    ChCpi => "cpi", "CPI";
    ChBudget => "budget", "预算";
    ChActual => "actual", "实际成本";
    ChForecast => "forecast", "完工估算";
    ChRiskOpened => "risk-opened", "新风险";
    ChRiskClosed => "risk-closed", "风险关闭";
    ChRiskRescored => "risk-rescored", "风险重新评分";
    ChRiskAboveTolerance => "risk-above-tolerance", "风险超出容忍度";
    ChOverCapacity => "over-capacity", "超负荷";
    ChCapacityRelieved => "capacity-relieved", "负荷解除";
    ChAssessmentNew => "assessment-new", "新考核";
    ChReviewNew => "review-new", "新360度考核";
    ChFindingIntroduced => "finding-introduced", "新增问题";
    ChFindingFixed => "finding-fixed", "问题已修复";
    DetailWorkingDays => "{0} working days", "{0} 个工作日";
    DetailAboveTolerance => "score {0} at or above tolerance {1}", "评分 {0} 达到或超过容忍度 {1}";
    DetailNewlyCritical => "{0} newly critical", "{0} 项新进入关键路径";
    DetailReviewOf => "{0} of `{1}`", "`{1}` 的 {0}";
    DetailRemoved => "removed from the repository", "已从仓库中删除";
    NameAspect => "{0} ({1})", "{0}（{1}）";
    SinceTitle => "Since {0} ({1}), {2}: what changed, worst first",
        "自 {0}（{1}，{2}）以来的变化，坏消息在前";
    TrendTitleNamed => "Trend: {0}", "趋势：{0}";
    TrendTitle => "Trend", "趋势";
    TrendSpan => "{0} samples, {1} ({2}) to {3} ({4})", "{0} 个采样，{1}（{2}）至 {3}（{4}）";
    TrendNoSamples => "no samples", "没有采样";
    TrendSeries => "Per program and project", "按项目群和项目";
    TrendEmpty => "No figures.", "没有数据。";
    TrendColLevel => "level", "层级";
    TrendColItem => "item", "条目";
    TrendColMetric => "metric", "指标";
    TrendColFirst => "first", "首值";
    TrendColLast => "last", "末值";
    TrendColTrend => "trend", "走势";
    MetricPercentComplete => "percent_complete", "完成率";
    MetricPv => "pv", "计划价值 PV";
    MetricEv => "ev", "挣值 EV";
    MetricAc => "ac", "实际成本 AC";
    MetricSpi => "spi", "SPI";
    MetricCpi => "cpi", "CPI";
    MetricSlipDays => "slip_days", "延误天数";
    MetricOpenRisks => "open_risks", "未关闭风险";
    MetricExposure => "exposure", "风险敞口";
    MetricAboveTolerance => "above_tolerance", "超出容忍度的风险";
    MetricOverCapacity => "over_capacity", "超负荷人员";
    MetricAssessmentTotal => "assessment_total", "考核总分";
    ChartPercentComplete => "% complete", "完成率";
    ChartSpi => "SPI (schedule performance)", "SPI（进度绩效）";
    ChartCpi => "CPI (cost performance)", "CPI（成本绩效）";
    ChartOpenRisks => "Open risks", "未关闭风险";
    ChartAboveTolerance => "Risks above tolerance", "超出容忍度的风险";
    ChartOverCapacity => "People over capacity", "超负荷人员";

    // ---- The renderers' own words: table notes, the page, the pictures ----
    LeftOutAt => "(left out at {0} columns: {1}; a wider terminal or --format csv shows them)",
        "（{0} 列宽度下省略：{1}；更宽的终端或 --format csv 可显示）";
    ListSep => ", ", "、";
    PageKicker => "PMO report · {0}", "PMO 报告 · {0}";
    PagePortfolio => "Portfolio: {0}", "项目组合：{0}";
    PageAsOf => "As of {0}", "截至 {0}";
    PageFooter => "generated by pmo {0}", "由 pmo {0} 生成";
    NoGanttItems => "No tasks or milestones to chart.", "没有可绘制的任务或里程碑。";
    ReportOverview => "overview", "概览";
    ReportPlan => "plan", "计划";
    ReportRisk => "risk", "风险";
    ReportResource => "resource", "资源";
    ReportAssessment => "assessment", "考核";
    ReportTrend => "trend", "趋势";
    ReportDiff => "diff", "变更";
    ReportLessons => "lessons", "经验教训";
    SvgGanttDesc => "Gantt chart from {0} to {1}: {2} sections, {3} rows",
        "甘特图，{0} 至 {1}：{2} 个分组，{3} 行";
    SvgTipTask => "{0}: {1} to {2}, {3}% done", "{0}：{1} 至 {2}，已完成 {3}%";
    SvgTipMilestone => "{0}: {1}", "{0}：{1}";
    SvgTipSep => ", ", "，";
    SvgTipReached => "reached", "已达成";
    SvgTipOverdue => "overdue", "已逾期";
    SvgTipCritical => "critical", "关键路径";
    SvgHeatDesc => "{0} by {1} and {2}: {3} in all", "{0}，按{1}和{2}：共 {3} 个";
    SvgGridDesc => "{0} people by {1} periods", "{0} 人 × {1} 个周期";
    SvgBarsDesc => "{0} rows, series {1}, scale {2} to {3}", "{0} 行，系列：{1}，刻度 {2} 至 {3}";
}
