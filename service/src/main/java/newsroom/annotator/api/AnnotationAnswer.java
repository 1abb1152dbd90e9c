package newsroom.annotator.api;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStream;
import newsroom.annotator.json.AnnotationWriter;
import newsroom.annotator.model.Annotation;

/**
 * The answer of {@code POST /annotate}: an annotation done, serialised straight to the response as it is
 * written, in the REST layer's small buffers, instead of first as one String of several MB for a large
 * article (then its bytes, then one native buffer as large for the socket).
 */
record AnnotationAnswer(Annotation annotation, AnnotationWriter writer) implements StreamingOutput {

    @Override
    public void write(OutputStream output) {
        writer.write(annotation, output);
    }
}
