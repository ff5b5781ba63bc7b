package org.hocvu.lms.identity;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The light look-up of the caller as a learner answers what {@code me} answers, and makes the profile the first time. */
@QuarkusTest
class LearnerIdentityTest {
    @Inject
    IdentityService identities;
    @Inject
    SecurityIdentity identity;

    @Test
    @TestSecurity(user = "light-first-timer", roles = "learner")
    void theFirstLookUpMakesTheProfileThatMeThenFinds() {
        LearnerIdentity first = identities.learner(identity);
        assertEquals(Set.of(), first.targetGroups());
        assertEquals(first.id(), identities.me(identity).id());
        assertEquals(first, identities.learner(identity));
    }

    @Test
    @TestSecurity(user = "light-member", roles = "learner")
    void groupsAndIdAreTheProfiles() {
        MeView me = identities.update(identity, new MeUpdate(null, "28249", Set.of("testers")));
        LearnerIdentity learner = identities.learner(identity);
        assertEquals(me.id(), learner.id());
        assertEquals(me.targetGroups(), learner.targetGroups());
        identities.update(identity, new MeUpdate(null, null, Set.of()));
        assertEquals(new LearnerIdentity(me.id(), Set.of()), identities.learner(identity));
    }
}
