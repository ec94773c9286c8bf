package org.permitdesk.inspection;

/** The half-day an inspection is requested for: AM 8:30–12:00, PM 1:00–5:00. */
public enum TimeWindow {
    AM("AM (8:30\u201312:00)"),
    PM("PM (1:00\u20135:00)");

    private final String label;

    TimeWindow(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
