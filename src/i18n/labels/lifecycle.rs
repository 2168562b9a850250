//! Labels of the program lifecycle: lessons learned, goals and benefits, change requests.

macro_rules! lifecycle_labels {
    ([$next:ident $(, $rest:ident)*] $($acc:tt)*) => {
        $next! { [$($rest),*] $($acc)*
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
        }
    };
}
