package org.hocvu.lms.shared;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.List;

/**
 * Documents {@code ?lang=} on every operation of the JSON API ({@code /api/}): {@link RequestLanguage}
 * reads it for all of them, so no resource method declares it. The LRS keeps what xAPI specifies.
 * Registered by {@code mp.openapi.filter}.
 */
public class LanguageParameter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(LanguageParameter::document);
            }
        });
    }

    private static void document(Operation operation) {
        boolean declared = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> RequestLanguage.PARAMETER.equals(p.getName()));
        if (!declared) {
            operation.addParameter(OASFactory.createParameter()
                    .name(RequestLanguage.PARAMETER)
                    .in(Parameter.In.QUERY)
                    .description("The language of texts and error messages: one of the configured languages ("
                            + Languages.CONFIG_KEY + ", by default " + Languages.SHIPPED + "); it wins over "
                            + "Accept-Language. Texts a language lacks are given in Vietnamese.")
                    .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))));
        }
    }
}
