//! Labels of the resource report.

macro_rules! resource_labels {
    ([$next:ident $(, $rest:ident)*] $($acc:tt)*) => {
        $next! { [$($rest),*] $($acc)*
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

        }
    };
}
