package tw.museum.catalog.healthcheck;

public enum PaymentMethod {
    BANK_TRANSFER, CASH, CARD, CHEQUE, OTHER
}
