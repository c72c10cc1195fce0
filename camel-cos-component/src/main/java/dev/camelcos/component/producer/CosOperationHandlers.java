package dev.camelcos.component.producer;

import java.util.EnumMap;
import java.util.Map;

import dev.camelcos.component.CosOperation;

/** Which handler performs which operation: the producer's whole dispatch, one line per operation. */
public final class CosOperationHandlers {

    private static final Map<CosOperation, CosOperationHandler> HANDLERS = new EnumMap<>(CosOperation.class);

    static {
        // each operation registers here, e.g. HANDLERS.put(CosOperation.putObject, new PutObjectHandler());
        HANDLERS.put(CosOperation.upload, new UploadHandler());
        HANDLERS.put(CosOperation.copy, new CopyHandler());
        HANDLERS.put(CosOperation.download, new DownloadHandler());
    }

    private CosOperationHandlers() {
    }

    public static CosOperationHandler forOperation(CosOperation operation) {
        CosOperationHandler handler = HANDLERS.get(operation);
        if (handler == null) {
            throw new UnsupportedOperationException("cos operation " + operation + " is not implemented");
        }
        return handler;
    }
}
