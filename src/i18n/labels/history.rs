//! Labels of time from git: `pmo diff`, `pmo report trend`, `pmo report --since`.

macro_rules! history_labels {
    ([$next:ident $(, $rest:ident)*] $($acc:tt)*) => {
        $next! { [$($rest),*] $($acc)*
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
        MetricEac => "eac", "完工估算 EAC";
        MetricSlipDays => "slip_days", "延误天数";
        MetricServiceBurn => "service_burn", "服务消耗率";
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

        }
    };
}
