//! Labels of the plan report.

macro_rules! plan_labels {
    ([$next:ident $(, $rest:ident)*] $($acc:tt)*) => {
        $next! { [$($rest),*] $($acc)*
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

        }
    };
}
