package com.incidentreports.platform.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.Map;
import java.util.Objects;

/**
 * Every error the API answers (4xx, 5xx) has a {@link Problem} as its {@code application/problem+json} body: the
 * exception mappers and the sign-in mechanism write nothing else. So an operation states only the status and what it
 * means there, and the OpenAPI document (registered as {@code mp.openapi.filter}) gets the body from here.
 */
public class ProblemResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().stream()
                .map(PathItem::getOperations)
                .filter(Objects::nonNull)
                .flatMap(operations -> operations.values().stream())
                .map(Operation::getResponses)
                .filter(responses -> responses != null && responses.getAPIResponses() != null)
                .flatMap(responses -> responses.getAPIResponses().entrySet().stream())
                .filter(response -> isError(response.getKey()) && response.getValue().getContent() == null)
                .map(Map.Entry::getValue)
                .forEach(ProblemResponses::describeProblem);
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    private static void describeProblem(APIResponse response) {
        Content problem = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(Problem.SCHEMA)));
        response.setContent(problem);
    }
}
