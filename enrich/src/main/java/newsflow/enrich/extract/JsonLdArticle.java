package newsflow.enrich.extract;

/**
 * What the page's JSON-LD says about its article.
 *
 * @param type           the schema.org type found (e.g. {@code NewsArticle}), or null when there is none
 * @param headline       {@code headline} (or {@code name}), or null
 * @param articleBody    {@code articleBody} (or {@code text}), or null
 * @param accessibleFree false when {@code isAccessibleForFree} is false (paywalled), else true
 */
record JsonLdArticle(String type, String headline, String articleBody, boolean accessibleFree) {

    /** No JSON-LD article on the page. */
    static final JsonLdArticle NONE = new JsonLdArticle(null, null, null, true);

    /** @return true when an article-typed JSON-LD object was found */
    boolean present() {
        return type != null;
    }
}
