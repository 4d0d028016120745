package be.koepel.stack;

/** A problem the user can act on: its message names the cause and what to do; no stack trace. */
final class StackException extends RuntimeException {

    StackException(String message) {
        super(message);
    }

    StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
