package id.loket.domain.servicerecord;

import id.loket.domain.text.LabelPrefix;

/** What a resident asked about at the information and complaints counter, so the office can count it. */
@LabelPrefix("serviceRecord.topic.")
public enum InformationTopic {
    PERLINSOS,
    SOCIAL_ASSISTANCE,
    CIVIL_REGISTRY,
    BPJS,
    COMPLAINT,
    OTHER
}
