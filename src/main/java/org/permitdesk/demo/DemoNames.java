package org.permitdesk.demo;

import java.util.List;

/** Word lists the demo permit center is made from: a fictional city with plausible people and businesses. */
final class DemoNames {

    static final String CITY = "Palm Valley";
    static final String STATE = "CA";
    static final List<String> ZIPS = List.of("92260", "92261", "92211", "92270");
    /** City hall, the centre of the demo city's street grid. */
    static final double CENTER_LAT = 33.7222;
    static final double CENTER_LON = -116.3745;

    static final List<String> STREETS = List.of(
            "Alamo", "Alessandro", "Arrowhead", "Avenida Las Palmas", "Bel Air", "Bougainvillea", "Buttonwood",
            "Cactus Wren", "Calle Tampico", "Canyon View", "Catalina", "Cholla", "Cielo", "Cortez", "Country Club",
            "De Anza", "Desert Holly", "Desert Willow", "El Dorado", "El Paseo", "Fairway", "Fred Waring",
            "Grapevine", "Haystack", "Hovley", "Indian Wells", "Ironwood", "Jacaranda", "Joshua Tree", "Juniper",
            "La Quinta", "Larrea", "Magnesia Falls", "Manzanita", "Mariposa", "Mesquite", "Monterey", "Ocotillo",
            "Old Prospector", "Palo Verde", "Park View", "Pinyon", "Portola", "Quail Run", "Ramon", "Royal Palm",
            "Sage", "San Gorgonio", "San Jacinto", "Santa Rosa", "Sheryl", "Shadow Mountain", "Smoke Tree",
            "Sunrise", "Tamarisk", "Tumbleweed", "Verbena", "Via Scena", "Washington", "Yucca");
    static final List<String> SUFFIXES = List.of("Ave", "Dr", "St", "Way", "Ln", "Rd", "Ct", "Pl", "Cir", "Blvd");
    static final List<String> DIRECTIONS = List.of("", "", "", "N ", "S ", "E ", "W ");

    static final List<String> FIRST_NAMES = List.of(
            "Maria", "James", "Guadalupe", "Robert", "Linda", "Jose", "Patricia", "Michael", "Jennifer", "David",
            "Elizabeth", "Juan", "Susan", "Carlos", "Karen", "Daniel", "Nancy", "Luis", "Lisa", "Thomas", "Betty",
            "Francisco", "Sandra", "Anthony", "Ashley", "Miguel", "Kimberly", "Kevin", "Donna", "Jorge", "Emily",
            "Brian", "Michelle", "Ricardo", "Carol", "Steven", "Amanda", "Andrew", "Melissa", "Wei", "Priya",
            "Hiroshi", "Ngoc", "Fatima", "Olivia", "Noah", "Sofia", "Mateo", "Chloe", "Ethan", "Renée", "Zoë",
            "Siobhan", "Aarav", "Min-jun", "Yolanda", "Armando", "Teresa", "Graham", "Leilani");
    static final List<String> LAST_NAMES = List.of(
            "Garcia", "Smith", "Hernandez", "Johnson", "Martinez", "Williams", "Lopez", "Brown", "Gonzalez", "Jones",
            "Rodriguez", "Miller", "Perez", "Davis", "Sanchez", "Wilson", "Ramirez", "Anderson", "Torres", "Taylor",
            "Flores", "Thomas", "Rivera", "Moore", "Gomez", "Jackson", "Diaz", "Martin", "Reyes", "Lee", "Cruz",
            "Thompson", "Morales", "White", "Nguyen", "Harris", "Ortiz", "Clark", "Gutierrez", "Lewis", "Chavez",
            "Robinson", "Ramos", "Walker", "Kim", "Young", "Patel", "Allen", "Chen", "King", "Wright", "Scott",
            "O'Brien", "Peña", "McAllister", "Nakamura", "Van der Berg", "Okafor", "Schmidt", "Romero", "Castillo",
            "Delgado", "Fitzgerald", "Abernathy", "Whitfield", "Yamamoto", "Dubois", "Kowalski", "Haddad", "Singh");

    static final List<String> BUSINESS_FIRST = List.of(
            "Desert Sun", "Coachella Valley", "Palm Valley", "San Jacinto", "Mojave", "Oasis", "Sunstate", "Summit",
            "Canyon", "Golden State", "Pacific Crest", "Sierra", "Cornerstone", "Benchmark", "True Line",
            "Red Rock", "Blue Sky", "Precision", "Heritage", "Keystone", "Ironwood", "Mesa", "Valley Wide",
            "Skyline", "Frontier", "All Pro", "Reliable", "Apex", "Pioneer", "Sandstone");
    static final List<String> TRADES = List.of(
            "Construction", "Builders", "Roofing", "Electric", "Plumbing", "Heating & Air", "Solar", "Pools",
            "Remodeling", "General Contractors", "Mechanical", "Restoration");
    static final List<String> BUSINESS_SUFFIXES = List.of("Inc", "Inc.", "LLC", "Co.", "", "Corp", "& Sons");
    static final List<String> DESIGN_FIRMS = List.of(
            "Studio Mesa Architects", "Prest Vuksic Architects", "Desert Modern Design", "Ruiz Engineering Group",
            "Hadley Structural Engineers", "Canyon Light Architecture", "Sol Design Partners", "O'Donnell Associates",
            "Nakamura + Reyes Architecture", "Blue Agave Engineering");
    static final List<String> FILM_COMPANIES = List.of(
            "Sunlit Pictures LLC", "Mirage Productions", "Dune Street Films", "Lantern Media", "Palm Row Studios");
    static final List<String> VOID_REASONS = List.of(
            "Applicant withdrew the application", "Duplicate application entered in error",
            "Work not pursued; owner sold the property", "Issued in error; replaced by a new permit");
    static final List<String> NOTES = List.of(
            "Owner prefers email.", "Gate code at front: #4321.", "Dog in back yard; call before inspection.",
            "Plans on file in bay 3.", "Contractor asked about expedited review.", "HOA approval letter received.",
            "Spanish-speaking owner; translator requested.", "Side gate locked; key with neighbour at No. 12.");

    private DemoNames() {
    }
}
