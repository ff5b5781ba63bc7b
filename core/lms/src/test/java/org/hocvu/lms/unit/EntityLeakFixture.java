package org.hocvu.lms.unit;

import org.hocvu.lms.identity.LearnerProfile;

/** What the architecture test must refuse: the unit context reading the identity context's entity. Test code only. */
public class EntityLeakFixture {
    String leak(LearnerProfile p) {
        return p.unitCode;
    }
}
