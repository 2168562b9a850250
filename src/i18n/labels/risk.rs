//! Labels of the risk report.

macro_rules! risk_labels {
    ([$next:ident $(, $rest:ident)*] $($acc:tt)*) => {
        $next! { [$($rest),*] $($acc)*
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

        }
    };
}
