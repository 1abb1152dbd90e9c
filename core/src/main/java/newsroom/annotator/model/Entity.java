package newsroom.annotator.model;

/**
 * A mention, hashtag or URL inside a post.
 *
 * @param value the handle without "@", the tag without "#", or the URL as written
 */
public record Entity(String value, int start, int end) {
}
