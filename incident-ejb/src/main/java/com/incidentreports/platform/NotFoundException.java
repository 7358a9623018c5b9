package com.incidentreports.platform;

/** The thing asked for does not exist, or the caller may not know that it exists. */
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String what;
    private final String key;

    public NotFoundException(String what, Object key) {
        super(what + " " + key + " was not found.");
        this.what = what;
        this.key = String.valueOf(key);
    }

    /** What was not found, as a word of the domain ("Report"): the API says it in the caller's language. */
    public String what() {
        return what;
    }

    /** The id, name or address it was asked for by. */
    public String key() {
        return key;
    }
}
