/**
 * The posts stage: embedded social-media posts found by their platform's signature (or the page's
 * embed markup), bounded, attributed, put in their language and given their mentions, hashtags and
 * links. Signatures are data in each language's {@code post-signatures.txt}.
 */
package newsroom.annotator.posts;
