package id.loket.domain.board;

/** How many issued tickets of one service wait to be called. */
public record WaitingCount(String serviceCode, char letter, String serviceName, long waiting) {
}
