package org.permitdesk.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A permit's dated steps in plain language, in date order (steps of one day in the order added), each with the days
 * until the next step — the last one's until today while the permit is still open ("where is my permit?").
 */
final class Timeline {

    private record Event(LocalDate on, String what, int order) {
    }

    private final LocalDate today;
    private final List<Event> events = new ArrayList<>();

    Timeline(LocalDate today) {
        this.today = today;
    }

    /** Adds a step; nothing when {@code on} is null (the step has not happened). */
    void add(LocalDate on, String what) {
        if (on != null) {
            events.add(new Event(on, what, events.size()));
        }
    }

    /**
     * The steps; {@code closed} when the permit's life is over (finaled, expired, void): its last step has no
     * duration ({@code days} -1).
     */
    List<PublicPermit.TimelineStep> steps(boolean closed) {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(Event::on).thenComparingInt(Event::order));
        List<PublicPermit.TimelineStep> steps = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Event event = sorted.get(i);
            boolean last = i == sorted.size() - 1;
            LocalDate until = last ? (closed ? event.on() : today) : sorted.get(i + 1).on();
            long days = last && closed ? -1 : Math.max(0, ChronoUnit.DAYS.between(event.on(), until));
            steps.add(new PublicPermit.TimelineStep(event.on(), event.what(), days, last && !closed));
        }
        return steps;
    }
}
