package id.loket.domain.servicerecord;

/** What a resident asked about at the information and complaints counter, so the office can count it. */
public enum InformationTopic {
    PERLINSOS,
    SOCIAL_ASSISTANCE,
    CIVIL_REGISTRY,
    BPJS,
    COMPLAINT,
    OTHER
}
