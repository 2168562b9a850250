//! Labels of the domain's terms (program types, stages, dimensions, competencies, risk words) and the words several reports share.

macro_rules! domain_labels {
    ([$next:ident $(, $rest:ident)*] $($acc:tt)*) => {
        $next! { [$($rest),*] $($acc)*
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

        }
    };
}
