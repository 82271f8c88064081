package id.loket.domain.text;

import id.loket.domain.account.Role;
import id.loket.domain.audit.AuditAction;
import id.loket.domain.complaint.ComplaintKind;
import id.loket.domain.complaint.ComplaintStatus;
import id.loket.domain.household.ExplanationReason;
import id.loket.domain.jkk.EligibilityRule;
import id.loket.domain.jkk.JobType;
import id.loket.domain.jkk.Poverty;
import id.loket.domain.jkk.ProposalStatus;
import id.loket.domain.jkk.Termination;
import id.loket.domain.jkk.Verdict;
import id.loket.domain.queue.Lane;
import id.loket.domain.registration.Correction;
import id.loket.domain.registration.FailureReason;
import id.loket.domain.registration.IkdState;
import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.RegistrationPath;
import id.loket.domain.servicerecord.IkdNotActivatedReason;
import id.loket.domain.servicerecord.InformationTopic;
import id.loket.domain.servicerecord.ServiceOutcome;
import java.util.Map;

/**
 * The message key of each enum constant a person sees ({@code registration.path.OLEH_AGEN}). Listed
 * here, in one table, so the bundle test can check that every constant has its text.
 */
public final class EnumLabels {

    static final Map<Class<? extends Enum<?>>, String> PREFIXES = Map.ofEntries(
            Map.entry(RegistrationPath.class, "registration.path."),
            Map.entry(IkdState.class, "registration.ikd."),
            Map.entry(Outcome.class, "registration.outcome."),
            Map.entry(FailureReason.class, "registration.failure."),
            Map.entry(Role.class, "role."),
            Map.entry(Lane.class, "lane."),
            Map.entry(Correction.Field.class, "correction.field."),
            Map.entry(AuditAction.class, "audit.action."),
            Map.entry(ServiceOutcome.class, "serviceRecord.result."),
            Map.entry(IkdNotActivatedReason.class, "serviceRecord.ikdReason."),
            Map.entry(InformationTopic.class, "serviceRecord.topic."),
            Map.entry(ExplanationReason.class, "explanation.reason."),
            Map.entry(id.loket.domain.skm.SkmElement.class, "skm.element."),
            Map.entry(id.loket.domain.skm.SkmScale.class, "skm.scale."),
            Map.entry(id.loket.domain.skm.Grade.class, "skm.grade."),
            Map.entry(id.loket.domain.skm.AgeBand.class, "skm.age."),
            Map.entry(id.loket.domain.skm.Education.class, "skm.education."),
            Map.entry(id.loket.domain.skm.Occupation.class, "skm.occupation."),
            Map.entry(id.loket.domain.ssn.SsnRequestKind.class, "ssn.kind."),
            Map.entry(ComplaintKind.class, "complaint.kind."),
            Map.entry(ComplaintStatus.class, "complaint.status."),
            // Pekerja rentan (JKK/JKM)
            Map.entry(JobType.class, "jkk.job."),
            Map.entry(EligibilityRule.class, "jkk.rule."),
            Map.entry(Verdict.class, "jkk.verdict."),
            Map.entry(Poverty.class, "jkk.poverty."),
            Map.entry(ProposalStatus.class, "jkk.status."),
            Map.entry(Termination.class, "jkk.termination."));

    private EnumLabels() {
    }

    public static String key(Enum<?> constant) {
        String prefix = PREFIXES.get(constant.getDeclaringClass());
        if (prefix == null) {
            throw new IllegalArgumentException("no label prefix for " + constant.getDeclaringClass());
        }
        return prefix + constant.name();
    }

    public static Map<Class<? extends Enum<?>>, String> prefixes() {
        return PREFIXES;
    }
}
