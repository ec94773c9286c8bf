package org.permitdesk.permit.fee;

/** How a payment was made. A check needs its number, a card payment the card terminal's reference. */
public enum PaymentMethod {
    CASH, CHECK, CARD
}
