package newsroom.annotator.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import newsroom.annotator.input.BadInputException;
import newsroom.annotator.model.Annotation;
import newsroom.annotator.model.Attribution;
import newsroom.annotator.model.Entities;
import newsroom.annotator.model.Entity;
import newsroom.annotator.model.LanguageGuess;
import newsroom.annotator.model.LanguageShare;
import newsroom.annotator.model.Quote;
import newsroom.annotator.model.Sentence;
import newsroom.annotator.model.Span;

/**
 * Writes annotations and problems as the contract's JSON, field by field with Jackson's streaming
 * generator: no reflection (nothing to register for a native image) and offsets turned from UTF-16 into
 * code points right here, the one place they leave the program.
 */
public final class AnnotationWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /** One annotation as a single line of JSON, without the line break. */
    public String toJson(Annotation annotation) {
        StringWriter out = new StringWriter(annotation.text().length() * 3);
        write(annotation, out);
        return out.toString();
    }

    public void write(Annotation annotation, Writer out) {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            writeAnnotation(annotation, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(Annotation annotation, OutputStream out) {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            writeAnnotation(annotation, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An RFC 9457 problem for bad input. */
    public String problem(BadInputException problem) {
        return problem(problem.status(), problem.title(), problem.getMessage());
    }

    public String problem(int status, String title, String detail) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            writeProblem(json, status, title, detail);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A batch error line: {@code {"id": …, "error": {problem fields}}}. */
    public String errorLine(String id, int status, String title, String detail) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("id", id);
            json.writeFieldName("error");
            writeProblem(json, status, title, detail);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeProblem(JsonGenerator json, int status, String title, String detail) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "about:blank");
        json.writeStringField("title", title);
        json.writeNumberField("status", status);
        json.writeStringField("detail", detail);
        json.writeEndObject();
    }

    private static void writeAnnotation(Annotation annotation, JsonGenerator json) throws IOException {
        CodePoints at = new CodePoints(annotation.text());
        json.writeStartObject();
        json.writeStringField("id", annotation.id());
        json.writeStringField("date", annotation.date() == null ? null : annotation.date().toString());
        json.writeStringField("offsets", "codepoint");
        json.writeStringField("text", annotation.text());
        json.writeStringField("language", annotation.language());
        json.writeArrayFieldStart("languages");
        for (LanguageShare share : annotation.languages()) {
            json.writeStartObject();
            json.writeStringField("language", share.language());
            json.writeNumberField("share", share.share());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("spans");
        for (Span span : annotation.spans()) {
            writeSpan(span, at, json);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("quotes");
        for (Quote quote : annotation.quotes()) {
            writeQuote(quote, at, json);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeSpan(Span span, CodePoints at, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", span.id());
        json.writeStringField("type", span.type().wireName());
        json.writeNumberField("start", at.at(span.start()));
        json.writeNumberField("end", at.at(span.end()));
        writeLanguage(span.language(), json);
        json.writeArrayFieldStart("sentences");
        for (Sentence sentence : span.sentences()) {
            json.writeStartObject();
            json.writeNumberField("start", at.at(sentence.start()));
            json.writeNumberField("end", at.at(sentence.end()));
            writeLanguage(sentence.language(), json);
            json.writeEndObject();
        }
        json.writeEndArray();
        if (span.quote() != null) {
            json.writeNumberField("quote", span.quote());
        }
        json.writeEndObject();
    }

    private static void writeQuote(Quote quote, CodePoints at, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", quote.id());
        json.writeStringField("kind", quote.kind().wireName());
        json.writeNumberField("start", at.at(quote.start()));
        json.writeNumberField("end", at.at(quote.end()));
        json.writeStringField("text", quote.text());
        writeLanguage(quote.language(), json);
        if (quote.platform() != null) {
            json.writeStringField("platform", quote.platform());
        }
        writeAttribution(quote.attribution(), at, json);
        if (quote.entities() != null) {
            writeEntities(quote.entities(), at, json);
        }
        json.writeEndObject();
    }

    private static void writeAttribution(Attribution attribution, CodePoints at, JsonGenerator json) throws IOException {
        if (attribution == null) {
            json.writeNullField("attribution");
            return;
        }
        json.writeObjectFieldStart("attribution");
        json.writeStringField("name", attribution.name());
        json.writeStringField("handle", attribution.handle());
        json.writeStringField("date", attribution.date() == null ? null : attribution.date().toString());
        json.writeStringField("dateText", attribution.dateText());
        json.writeStringField("url", attribution.url());
        json.writeStringField("cue", attribution.cue());
        if (attribution.nameAt() != null) {
            json.writeNumberField("start", at.at(attribution.nameAt().start()));
            json.writeNumberField("end", at.at(attribution.nameAt().end()));
        }
        if (attribution.rule() != null) {
            json.writeStringField("rule", attribution.rule());
        }
        json.writeEndObject();
    }

    private static void writeEntities(Entities entities, CodePoints at, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("entities");
        writeEntityList("mentions", "handle", entities.mentions(), at, json);
        writeEntityList("hashtags", "tag", entities.hashtags(), at, json);
        writeEntityList("urls", "url", entities.urls(), at, json);
        json.writeEndObject();
    }

    private static void writeEntityList(String field, String valueField, List<Entity> list, CodePoints at,
                                        JsonGenerator json) throws IOException {
        json.writeArrayFieldStart(field);
        for (Entity entity : list) {
            json.writeStartObject();
            json.writeStringField(valueField, entity.value());
            json.writeNumberField("start", at.at(entity.start()));
            json.writeNumberField("end", at.at(entity.end()));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeLanguage(LanguageGuess guess, JsonGenerator json) throws IOException {
        json.writeStringField("language", guess.language());
        if (guess.language() == null) {
            json.writeNullField("confidence");
        } else {
            json.writeNumberField("confidence", guess.confidence());
        }
    }
}
