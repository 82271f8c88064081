package id.loket.service.dailyfile;

import id.loket.domain.text.Message;

/** A daily file that cannot be used, with what to tell the person who gave it. */
public final class DailyFileException extends Exception {

    private final transient Message message;

    public DailyFileException(Message message, String detail) {
        super(detail);
        this.message = message;
    }

    public DailyFileException(Message message, String detail, Throwable cause) {
        super(detail, cause);
        this.message = message;
    }

    /** In the person's words: which file, what is wrong with it. */
    public Message describe() {
        return message;
    }
}
