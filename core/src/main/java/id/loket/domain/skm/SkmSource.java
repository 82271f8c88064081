package id.loket.domain.skm;

/** Where a response came from: the touch screen, or a paper questionnaire typed in by import. */
public enum SkmSource {
    TOUCH,
    PAPER
}
