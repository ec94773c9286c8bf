package org.permitdesk.demo;

import java.util.Random;

/** Public descriptions of work, as a permit technician would type them. */
final class DemoDescriptions {

    private DemoDescriptions() {
    }

    static String describe(String typeCode, String subtype, Random random) {
        int sqft = 200 + random.nextInt(30) * 40;
        return switch (typeCode) {
            case "B" -> switch (subtype) {
                case "New single-family dwelling" -> "New " + (1 + random.nextInt(2)) + "-story single-family dwelling, "
                        + (1400 + random.nextInt(30) * 50) + " sq ft, with attached " + (2 + random.nextInt(2)) + "-car garage";
                case "Addition" -> "Add " + sqft + " sq ft bedroom and bath at rear of dwelling";
                case "Remodel" -> "Kitchen and hall bath remodel; remove non-bearing wall between kitchen and family room";
                case "Accessory dwelling unit" -> "Detached " + (400 + random.nextInt(10) * 40) + " sq ft accessory dwelling unit";
                case "Swimming pool / spa" -> "New in-ground pool and spa with gas heater and equipment pad";
                case "Patio cover" -> "Attached aluminum patio cover, " + (10 + random.nextInt(6)) + " x " + (16 + random.nextInt(14)) + " ft";
                case "Commercial tenant improvement" -> "Tenant improvement for retail suite, " + (sqft * 4) + " sq ft; new partitions and ceiling";
                case "Demolition" -> "Demolish detached garage and remove slab";
                default -> "Building work as per approved plans";
            };
            case "E" -> switch (subtype) {
                case "Solar photovoltaic" -> "Roof-mounted solar PV system, " + (3 + random.nextInt(10)) + "." + random.nextInt(10)
                        + " kW, " + (8 + random.nextInt(24)) + " modules with microinverters";
                case "EV charger" -> "Level 2 EV charger in garage on new 50 A circuit";
                case "Residential rewire" -> "Rewire single-family dwelling; replace knob-and-tube wiring";
                default -> "Replace parking lot lighting with LED fixtures";
            };
            case "M" -> switch (subtype) {
                case "HVAC change-out" -> "Replace " + (2 + random.nextInt(4)) + "-ton package A/C unit on roof, same location";
                case "New ductwork" -> "Replace attic ductwork, R-8 insulated";
                default -> "New Type I kitchen hood and exhaust fan for restaurant";
            };
            case "P" -> switch (subtype) {
                case "Repipe" -> "Whole-house repipe with PEX, " + (8 + random.nextInt(12)) + " fixtures";
                case "Sewer lateral" -> "Replace sewer lateral from house to property line";
                case "Gas line" -> "New gas line to outdoor barbecue and fire pit";
                default -> "Replace toilets and lavatories in two bathrooms";
            };
            case "RERF" -> "Tear off and reroof with class A " + (random.nextBoolean() ? "concrete tile" : "composition shingle")
                    + ", " + (14 + random.nextInt(30)) + " squares";
            case "WH" -> "Replace " + (40 + random.nextInt(3) * 10) + "-gallon water heater in garage, same location";
            case "EPU" -> "Upgrade main electrical panel from 100 A to 200 A";
            case "ACC" -> "Accessible parking stall, ramp and path of travel upgrades";
            case "DUMP" -> "40-yard roll-off dumpster in street for " + (7 + random.nextInt(21)) + " days";
            case "HAUL" -> "Haul route for export of " + (100 + random.nextInt(900)) + " cubic yards of soil";
            case "FILM" -> "Exterior filming, " + (1 + random.nextInt(3)) + " days, 6am–8pm, no street closure";
            case "RPP" -> "Residential parking permit, zone " + (char) ('A' + random.nextInt(6));
            case "OVP" -> "Oversized vehicle parking for loading and unloading, 72 hours";
            default -> "Work as described in the application";
        };
    }
}
