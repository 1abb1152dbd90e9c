/** The HTTP edge: a thin REST resource over the one annotator, problem+json for every error. */
package newsroom.annotator.api;
