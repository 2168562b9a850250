//! Labels of the assessment report: dimensions scored, KPIs, 360-degree reviews, satisfaction surveys and team-member evaluations.

macro_rules! assessment_labels {
    ([$next:ident $(, $rest:ident)*] $($acc:tt)*) => {
        $next! { [$($rest),*] $($acc)*
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
        }
    };
}
