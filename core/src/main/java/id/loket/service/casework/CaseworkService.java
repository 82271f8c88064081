package id.loket.service.casework;

import id.loket.service.registration.CorrectionService;

/**
 * The office's case work after the counter: the desil / PKH list, the follow-ups of
 * registrations that did not succeed, a supervisor's corrections, and why households are not registered. One object, so the composition
 * root and the screens take it in one line.
 */
public record CaseworkService(SocialListImport socialLists, SocialListReport socialListReport, FollowUpList followUps,
                       CorrectionService corrections, ExplanationService explanations) {
}
