package org.hocvu.lms.classroom;

import io.restassured.http.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hocvu.lms.unit.NewUnit;
import org.hocvu.lms.unit.UnitService;

import static io.restassured.RestAssured.given;

/** A school below a commune (added once, through the unit context) and a signed-in teacher placed in it. */
@ApplicationScoped
public class ClassroomFixtures {
    /** Below Xã/Phường 28261 (Đồng Tháp), as a campaign admin would add it. */
    public static final String SCHOOL = "28261.TEST-THCS";
    public static final String PACKAGE = "testers-demo-passwords";

    @Inject
    UnitService units;
    @Inject
    EntityManager em;

    public void school() {
        if (!units.exists(SCHOOL)) {
            units.create(new NewUnit("28261", "Trường THCS Kiểm Thử", "trường học", SCHOOL));
        }
    }

    /** The signed-in caller (a @TestSecurity user) now belongs to the school. */
    public void inTheSchool() {
        school();
        given().contentType(ContentType.JSON).body("{\"unitCode\":\"" + SCHOOL + "\"}").put("/api/v1/me").then().statusCode(200);
    }

    /** How many statements with this verb about this activity the LRS holds. */
    @Transactional
    public long statements(String verbIri, String activityIri) {
        return ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM xapi_statement WHERE statement->'verb'->>'id' = ?1 AND statement->'object'->>'id' = ?2")
                .setParameter(1, verbIri).setParameter(2, activityIri).getSingleResult()).longValue();
    }
}
