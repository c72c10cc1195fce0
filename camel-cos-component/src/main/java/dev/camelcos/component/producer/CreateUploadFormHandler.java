package dev.camelcos.component.producer;

import java.time.Duration;

import dev.camelcos.client.model.UploadForm;
import dev.camelcos.client.model.UploadFormRequest;
import dev.camelcos.component.CosConstants;

/**
 * createUploadForm: the body becomes an {@link UploadForm}, the URL and signed fields of an HTML form a browser
 * uploads one object with (POST Object), within the size, answer and expiry the headers set. Nothing is sent to COS.
 */
final class CreateUploadFormHandler implements CosOperationHandler {

    @Override
    public void process(CosExchange exchange) throws Exception {
        String bucket = exchange.bucket();
        String key = exchange.key();
        UploadFormRequest form = new UploadFormRequest(bucket, key);
        try {
            Long seconds = exchange.header(CosConstants.FORM_EXPIRATION, Long.class);
            if (seconds != null) {
                form.setExpiration(Duration.ofSeconds(seconds));
            }
            form.setSizeRange(exchange.header(CosConstants.FORM_MIN_SIZE, Long.class),
                    exchange.header(CosConstants.FORM_MAX_SIZE, Long.class));
            form.setSuccessActionStatus(exchange.header(CosConstants.FORM_SUCCESS_ACTION_STATUS, Integer.class));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("createUploadForm headers " + CosConstants.FORM_EXPIRATION + ", "
                                               + CosConstants.FORM_MIN_SIZE + ", " + CosConstants.FORM_MAX_SIZE + ", "
                                               + CosConstants.FORM_SUCCESS_ACTION_STATUS + ": " + e.getMessage(), e);
        }
        form.setSuccessActionRedirect(exchange.header(CosConstants.FORM_SUCCESS_ACTION_REDIRECT, String.class));
        ResultHeaders.target(exchange, bucket, key);
        exchange.setBody(exchange.client().createUploadForm(form));
    }
}
