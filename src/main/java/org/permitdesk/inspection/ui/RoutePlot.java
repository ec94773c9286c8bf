package org.permitdesk.inspection.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.permitdesk.inspection.InspectorRouteService.Stop;
import org.permitdesk.inspection.RouteDistance;
import org.permitdesk.inspection.TimeWindow;
import org.permitdesk.inspection.route.Location;
import org.permitdesk.platform.ui.Texts;

/**
 * A schematic plot of the day's route, no map: the office, the located stops as numbered circles in driving order
 * joined by lines (morning in blue, afternoon in orange), a legend and a scale bar. Stops changed since the day was
 * published get a red ring; the selected or hovered stop a black one. Clicking a stop picks it. Fills whatever room
 * its parent gives it and redraws when resized. Stops without coordinates are not drawn (the screen lists them).
 */
public final class RoutePlot extends Canvas {

    static final Color AM = Color.web("#1f5f8b");
    static final Color PM = Color.web("#c25e00");
    static final Color CHANGED = Color.web("#c62828");
    private static final String CHANGED_ENTRY = Texts.get("routePlot.legend.changed");
    private static final Color OFFICE = Color.web("#2b3137");
    private static final double RADIUS = 11;
    private static final double MARGIN = 28;

    private Location office;
    private List<Stop> stops = List.of();
    private Set<Long> changed = Set.of();
    private final ObjectProperty<Long> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> hovered = new SimpleObjectProperty<>();
    private final Map<Long, RouteProjection.Point> drawn = new LinkedHashMap<>();
    private Consumer<Long> onStopPicked = id -> { };

    public RoutePlot() {
        super(420, 300);
        widthProperty().addListener(obs -> draw());
        heightProperty().addListener(obs -> draw());
        selected.addListener(obs -> draw());
        hovered.addListener(obs -> draw());
        setOnMouseClicked(event -> {
            Long id = stopAt(event.getX(), event.getY());
            if (id != null) {
                onStopPicked.accept(id);
            }
        });
        setOnMouseMoved(event -> setCursor(stopAt(event.getX(), event.getY()) == null ? Cursor.DEFAULT : Cursor.HAND));
    }

    /** Shows a route: the office it starts from, the stops in driving order, the ids of stops changed since publishing. */
    public void show(Location office, List<Stop> stops, Set<Long> changed) {
        this.office = office;
        this.stops = List.copyOf(stops);
        this.changed = Set.copyOf(changed);
        draw();
    }

    /** The stops the plot can draw (those with coordinates), in driving order. */
    public static List<Stop> plotted(List<Stop> stops) {
        return stops.stream().filter(s -> s.located() && s.latitude() != null && s.longitude() != null).toList();
    }

    /** The stops without coordinates, listed beside the plot as "no location". */
    public static List<Stop> unplotted(List<Stop> stops) {
        return stops.stream().filter(s -> !plotted(List.of(s)).contains(s)).toList();
    }

    /** The inspection emphasised as selected (the row selected in the list), or null. */
    public ObjectProperty<Long> selectedProperty() {
        return selected;
    }

    /** The inspection emphasised because the pointer is on its row, or null. */
    public ObjectProperty<Long> hoveredProperty() {
        return hovered;
    }

    /** Called with the inspection's id when a stop is clicked. */
    public void setOnStopPicked(Consumer<Long> onStopPicked) {
        this.onStopPicked = onStopPicked;
    }

    /** Where each plotted stop was last drawn (inspection id → point), in driving order. */
    public Map<Long, RouteProjection.Point> drawnStops() {
        return Map.copyOf(drawn);
    }

    private Long stopAt(double x, double y) {
        List<Long> ids = new ArrayList<>(drawn.keySet());
        int index = RouteProjection.nearest(new ArrayList<>(drawn.values()), x, y, RADIUS + 3);
        return index < 0 ? null : ids.get(index);
    }

    @Override
    public boolean isResizable() {
        return true;
    }

    @Override
    public double minWidth(double height) {
        return 120;
    }

    @Override
    public double minHeight(double width) {
        return 120;
    }

    @Override
    public double prefWidth(double height) {
        return 420;
    }

    @Override
    public double prefHeight(double width) {
        return 300;
    }

    @Override
    public double maxWidth(double height) {
        return Double.MAX_VALUE;
    }

    @Override
    public double maxHeight(double width) {
        return Double.MAX_VALUE;
    }

    @Override
    public void resize(double width, double height) {
        setWidth(width);
        setHeight(height);
    }

    private void draw() {
        GraphicsContext g = getGraphicsContext2D();
        double width = getWidth();
        double height = getHeight();
        g.setFill(Color.web("#fbfcfd"));
        g.fillRect(0, 0, width, height);
        g.setStroke(Color.web("#c9d3db"));
        g.setLineWidth(1);
        g.strokeRect(0.5, 0.5, width - 1, height - 1);
        drawn.clear();
        if (office == null) {
            return;
        }
        List<Stop> located = plotted(stops);
        List<Location> places = new ArrayList<>();
        places.add(office);
        located.forEach(s -> places.add(new Location(s.latitude(), s.longitude())));
        RouteProjection projection = RouteProjection.fit(places, width, height, MARGIN);
        RouteProjection.Point start = projection.project(office);
        located.forEach(s -> drawn.put(s.inspectionId(), projection.project(new Location(s.latitude(), s.longitude()))));
        drawLegs(g, start, located);
        drawOffice(g, start);
        located.forEach(s -> drawStop(g, s, drawn.get(s.inspectionId())));
        drawLegend(g);
        drawScale(g, projection, width, height);
        if (located.isEmpty()) {
            g.setFill(Color.web("#5b6670"));
            g.setTextAlign(TextAlignment.CENTER);
            g.setFont(Font.font(13));
            g.fillText(Texts.get(stops.isEmpty() ? "routePlot.noStops" : "routePlot.noLocation"),
                    width / 2, height / 2 + 30);
        }
    }

    private void drawLegs(GraphicsContext g, RouteProjection.Point start, List<Stop> located) {
        RouteProjection.Point from = start;
        g.setLineWidth(2.5);
        for (Stop stop : located) {
            RouteProjection.Point to = drawn.get(stop.inspectionId());
            g.setStroke(colour(stop.window()));
            g.setLineDashes(stop.window() == TimeWindow.PM ? new double[] {7, 4} : null);
            g.strokeLine(from.x(), from.y(), to.x(), to.y());
            from = to;
        }
        g.setLineDashes(null);
    }

    private static void drawOffice(GraphicsContext g, RouteProjection.Point at) {
        g.setFill(OFFICE);
        g.fillRect(at.x() - 8, at.y() - 8, 16, 16);
        g.setTextAlign(TextAlignment.CENTER);
        g.setFont(Font.font("System", FontWeight.BOLD, 11));
        g.setTextBaseline(VPos.TOP);
        g.fillText(Texts.get("routePlot.office"), at.x(), at.y() + 10);
    }

    private void drawStop(GraphicsContext g, Stop stop, RouteProjection.Point at) {
        long id = stop.inspectionId();
        boolean emphasised = Long.valueOf(id).equals(selected.get()) || Long.valueOf(id).equals(hovered.get());
        double radius = emphasised ? RADIUS + 3 : RADIUS;
        if (changed.contains(id)) {
            g.setStroke(CHANGED);
            g.setLineWidth(3);
            g.strokeOval(at.x() - radius - 4, at.y() - radius - 4, 2 * (radius + 4), 2 * (radius + 4));
        }
        g.setFill(colour(stop.window()));
        g.fillOval(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius);
        g.setStroke(emphasised ? Color.BLACK : Color.WHITE);
        g.setLineWidth(emphasised ? 3 : 1.5);
        g.strokeOval(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius);
        g.setFill(Color.WHITE);
        g.setFont(Font.font("System", FontWeight.BOLD, emphasised ? 13 : 11));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(Integer.toString(stop.order()), at.x(), at.y());
    }

    private void drawLegend(GraphicsContext g) {
        List<String> entries = new ArrayList<>(List.of("AM", "PM", "Office"));
        if (!changed.isEmpty()) {
            entries.add(CHANGED_ENTRY);
        }
        double x = 8;
        double y = 8;
        double rowHeight = 17;
        g.setFill(Color.color(1, 1, 1, 0.88));
        g.fillRect(x, y, 178, entries.size() * rowHeight + 8);
        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < entries.size(); i++) {
            double cy = y + 4 + rowHeight * i + rowHeight / 2;
            String entry = entries.get(i);
            switch (entry) {
                case "AM" -> legendStop(g, x + 12, cy, AM, Texts.get("routePlot.legend.am"));
                case "PM" -> legendStop(g, x + 12, cy, PM, Texts.get("routePlot.legend.pm"));
                case "Office" -> {
                    g.setFill(OFFICE);
                    g.fillRect(x + 7, cy - 5, 10, 10);
                    g.fillText(Texts.get("routePlot.legend.office"), x + 24, cy);
                }
                default -> {
                    g.setStroke(CHANGED);
                    g.setLineWidth(2.5);
                    g.strokeOval(x + 6, cy - 6, 12, 12);
                    g.setFill(OFFICE);
                    g.fillText(entry, x + 24, cy);
                }
            }
        }
    }

    private static void legendStop(GraphicsContext g, double cx, double cy, Color colour, String text) {
        g.setFill(colour);
        g.fillOval(cx - 6, cy - 6, 12, 12);
        g.setFill(OFFICE);
        g.fillText(text, cx + 12, cy);
    }

    /** A scale bar in the bottom right corner: 500 ft, 1/4 mi, 1/2 mi, 1 mi, 2 mi… whichever is at most 120 px. */
    private static void drawScale(GraphicsContext g, RouteProjection projection, double width, double height) {
        double perMile = projection.pixelsPerKm() / RouteDistance.MILES_PER_KM;
        double[] miles = {500 / 5280.0, 0.25, 0.5, 1, 2, 5, 10, 20, 50};
        String[] labels = {"500 ft", "\u00bc mi", "\u00bd mi", "1 mi", "2 mi", "5 mi", "10 mi", "20 mi", "50 mi"};
        int chosen = 0;
        for (int i = 0; i < miles.length; i++) {
            if (miles[i] * perMile <= 120) {
                chosen = i;
            }
        }
        double length = miles[chosen] * perMile;
        double right = width - 12;
        double y = height - 12;
        g.setStroke(OFFICE);
        g.setLineWidth(2);
        g.strokeLine(right - length, y, right, y);
        g.strokeLine(right - length, y - 4, right - length, y + 4);
        g.strokeLine(right, y - 4, right, y + 4);
        g.setFill(OFFICE);
        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(labels[chosen], right - length / 2, y - 4);
    }

    private static Color colour(TimeWindow window) {
        return window == TimeWindow.AM ? AM : PM;
    }
}
