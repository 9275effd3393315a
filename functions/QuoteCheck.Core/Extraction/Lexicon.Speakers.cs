using System.Collections.Frozen;

namespace QuoteCheck.Core.Extraction;

/// <summary>Word lists for the mention → speaker stage: given names by gender, kinds of names, descriptions and documents.</summary>
/// <remarks>
/// The given-name lists are general knowledge: common given names across English, French, Spanish, Italian, German,
/// Slavic, Arabic, South Asian and other names that Canadian and US news use. Names common to both sexes (Jordan,
/// Taylor, Jean, Kim) are in neither list, so the article decides.
/// </remarks>
internal static partial class Lexicon
{
    /// <summary>Common male given names.</summary>
    public static readonly FrozenSet<string> MaleGivenNames = FrozenSet.ToFrozenSet(
    [
        // English
        "Aaron", "Adam", "Adrian", "Aidan", "Al", "Alan", "Albert", "Alec", "Alexander", "Alfred", "Allan", "Allen",
        "Alvin", "Andrew", "Andy", "Angus", "Anthony", "Archie", "Arnold", "Arthur", "Austin", "Barack", "Barry",
        "Ben", "Benjamin", "Bernard", "Bernie", "Bert", "Bill", "Billy", "Blake", "Bob", "Bobby", "Brad", "Bradley",
        "Brendan", "Brent", "Brett", "Brian", "Bruce", "Bryan", "Bryce", "Byron", "Cameron", "Carl", "Carlton",
        "Chad", "Charles", "Charlie", "Chester", "Chris", "Christopher", "Chuck", "Clarence", "Clark", "Clayton",
        "Clifford", "Clint", "Clinton", "Cody", "Colin", "Conor", "Connor", "Craig", "Curtis", "Dale", "Dallas",
        "Damian", "Dan", "Daniel", "Danny", "Darren", "Darryl", "Dave", "David", "Dean", "Dennis", "Derek", "Derrick",
        "Desmond", "Dick", "Dominic", "Don", "Donald", "Doug", "Douglas", "Drew", "Duncan", "Dustin", "Dwayne",
        "Dwight", "Dylan", "Earl", "Ed", "Eddie", "Edgar", "Edward", "Edwin", "Eli", "Elijah", "Elliot", "Elliott",
        "Elmer", "Elton", "Eric", "Erik", "Ernest", "Ernie", "Ethan", "Eugene", "Evan", "Everett", "Floyd", "Francis",
        "Frank", "Frankie", "Franklin", "Fred", "Freddie", "Frederick", "Gabriel", "Gareth", "Garry", "Gary", "Gavin",
        "Geoff", "Geoffrey", "George", "Gerald", "Gerry", "Gilbert", "Glen", "Glenn", "Gordon", "Graham", "Grant",
        "Greg", "Gregory", "Gus", "Guy", "Hank", "Harold", "Harrison", "Harry", "Harvey", "Hector", "Henry", "Herbert",
        "Herman", "Howard", "Hugh", "Hunter", "Ian", "Isaac", "Jack", "Jackson", "Jacob", "Jake", "James", "Jared",
        "Jason", "Jay", "Jeb", "Jeff", "Jeffrey", "Jeremy", "Jerome", "Jerry", "Jesse", "Jim", "Jimmy", "Joe", "Joel",
        "Joey", "John", "Johnny", "Jon", "Jonathan", "Josh", "Joshua", "Justin", "Keith", "Ken", "Kenneth", "Kenny",
        "Kent", "Kevin", "Kirk", "Kurt", "Kyle", "Lance", "Larry", "Laurence", "Lawrence", "Lee", "Leo", "Leon",
        "Leonard", "Leroy", "Les", "Leslie", "Lester", "Lewis", "Liam", "Lincoln", "Lloyd", "Logan",
        "Lonnie", "Louie", "Lucas", "Luke", "Malcolm", "Marcus", "Mark", "Marshall", "Martin", "Marvin", "Mason",
        "Matt", "Matthew", "Maurice", "Max", "Maxwell", "Melvin", "Michael", "Mick", "Mickey", "Mike", "Miles", "Milton",
        "Mitch", "Mitchell", "Mitt", "Morgan", "Murray", "Nathan", "Nathaniel", "Neil", "Nelson", "Newt", "Nicholas",
        "Nick", "Nigel", "Noah", "Norman", "Oliver", "Oscar", "Owen", "Patrick", "Paul", "Percy", "Perry", "Pete",
        "Peter", "Phil", "Philip", "Phillip", "Ralph", "Randall", "Randy", "Ray", "Raymond", "Reginald", "Rex", "Rich",
        "Richard", "Rick", "Ricky", "Rob", "Robbie", "Robert", "Rod", "Rodney", "Roger", "Roland", "Ron", "Ronald",
        "Ronnie", "Ross", "Roy", "Rudy", "Russ", "Russell", "Ryan", "Sam", "Samuel", "Scott", "Sean", "Seth", "Shane",
        "Shaun", "Shawn", "Sidney", "Simon", "Spencer", "Stan", "Stanley", "Stephen", "Steve", "Steven", "Stewart",
        "Stuart", "Ted", "Teddy", "Terence", "Terrence", "Terry", "Theodore", "Thomas", "Tim", "Timothy", "Toby", "Todd",
        "Tom", "Tommy", "Tony", "Travis", "Trevor", "Troy", "Tyler", "Tyson", "Vernon", "Victor", "Vince", "Vincent",
        "Wade", "Walker", "Wallace", "Walter", "Warren", "Wayne", "Wesley", "Wilbur", "Will", "William", "Willie",
        "Wilson", "Zach", "Zachary", "Reince", "Rand", "Marco", "Ted", "Mitch", "Rush", "Kellen", "Brody",
        "Brock", "Chase", "Cole", "Colton", "Dawson", "Garrett", "Grayson", "Jaden", "Jayden", "Landon", "Levi",
        "Nolan", "Parker", "Tanner", "Trent", "Trey", "Wyatt", "Zane", "Brandon", "Corey", "Darcy", 
        // French
        "Alain", "Andre", "André", "Antoine", "Benoit", "Benoît", "Bernard", "Bertrand", "Christophe", "Claude",
        "Denis", "Didier", "Emile", "Émile", "Emmanuel", "Etienne", "Étienne", "Fabien", "Francois", "François",
        "Frederic", "Frédéric", "Gaetan", "Gaétan", "Gerard", "Gérard", "Gilles", "Guillaume", "Guy", "Henri", "Hugo",
        "Jacques", "Jean-Claude", "Jean-François", "Jean-Francois", "Jean-Guy", "Jean-Luc", "Jean-Marc", "Jean-Paul",
        "Jean-Pierre", "Jean-Philippe", "Jean-Yves", "Jerome", "Jérôme", "Joel", "Joël", "Julien", "Laurent", "Louis",
        "Luc", "Marc", "Marc-André", "Marcel", "Mathieu", "Maxime", "Michel", "Nicolas", "Olivier", "Pascal",
        "Patrice", "Philippe", "Pierre", "Pierre-Luc", "Raymond", "Rejean", "Réjean", "Remi", "Rémi", "Rene", "René",
        "Richard", "Robert", "Roch", "Sebastien", "Sébastien", "Serge", "Simon", "Stephane", "Stéphane", "Sylvain",
        "Thierry", "Tristan", "Xavier", "Yannick", "Yves", "Gaston", "Lucien", "Normand", "Ghislain", "Yvon",
        // Spanish, Portuguese, Italian
        "Alejandro", "Alfonso", "Alonso", "Alvaro", "Andres", "Andrés", "Angel", "Antonio", "Armando", "Arturo",
        "Carlos", "Cesar", "César", "Diego", "Eduardo", "Emilio", "Enrique", "Ernesto", "Esteban", "Federico",
        "Felipe", "Fernando", "Francisco", "Gerardo", "Gonzalo", "Guillermo", "Gustavo", "Hector", "Héctor", "Hugo",
        "Ignacio", "Javier", "Jesus", "Jesús", "Joaquin", "Joaquín", "Jorge", "Jose", "José", "Juan", "Julio",
        "Luis", "Manuel", "Marcelo", "Mario", "Mateo", "Miguel", "Nicolas", "Octavio", "Oscar", "Pablo", "Pedro",
        "Rafael", "Ramon", "Ramón", "Raul", "Raúl", "Ricardo", "Roberto", "Rodrigo", "Salvador", "Santiago",
        "Sergio", "Tomas", "Tomás", "Vicente", "Joao", "João", "Paulo", "Luiz", "Alessandro", "Andrea", "Angelo",
        "Carlo", "Dario", "Enzo", "Fabio", "Filippo", "Francesco", "Giacomo", "Gianni", "Giorgio", "Giovanni",
        "Giuseppe", "Lorenzo", "Luca", "Luigi", "Marcello", "Massimo", "Matteo", "Maurizio", "Paolo", "Pietro",
        "Riccardo", "Roberto", "Salvatore", "Sandro", "Silvio", "Stefano", "Vittorio", "Matteo",
        // German, Dutch, Nordic
        "Axel", "Bernd", "Dieter", "Dirk", "Florian", "Franz", "Friedrich", "Fritz", "Gerhard", "Gunter", "Günter",
        "Hans", "Heinz", "Helmut", "Horst", "Jan", "Jens", "Joachim", "Jochen", "Jurgen", "Jürgen", "Karl", "Klaus",
        "Lars", "Lukas", "Manfred", "Markus", "Matthias", "Niklas", "Olaf", "Rainer", "Ralf", "Reinhard", "Rolf",
        "Rudolf", "Sebastian", "Stefan", "Sven", "Thorsten", "Uwe", "Werner", "Wolfgang", "Anders", "Bjorn", "Björn",
        "Erik", "Henrik", "Johan", "Magnus", "Mats", "Nils", "Ole", "Per", "Espen", "Mikael", "Jari",
        "Pekka", "Mikko", "Sami", "Antti", "Ville", "Joost", "Pieter", "Willem", "Hendrik", "Maarten", "Geert",
        // Slavic, Greek, Eastern European
        "Aleksandr", "Alexei", "Alexey", "Anatoly", "Andrei", "Andrey", "Boris", "Dmitri", "Dmitry", "Evgeny",
        "Gennady", "Igor", "Ivan", "Konstantin", "Leonid", "Mikhail", "Nikita", "Nikolai", "Oleg", "Pavel", "Pyotr",
        "Sergei", "Sergey", "Stanislav", "Viktor", "Vladimir", "Vladislav", "Vyacheslav", "Yevgeny", "Yuri", "Yury",
        "Bogdan", "Dariusz", "Janusz", "Krzysztof", "Marek", "Piotr", "Tomasz", "Wojciech", "Zbigniew", "Milan",
        "Miroslav", "Petr", "Zdenek", "Goran", "Dragan", "Zoran", "Nenad", "Dusan", "Viktor", "Volodymyr", "Petro",
        "Taras", "Oleksandr", "Yannis", "Giorgos", "Nikos", "Dimitris", "Kostas", "Alexis", "Evgeni",
        // Arabic, Turkish, Persian, African
        "Abdel", "Abdul", "Abdullah", "Ahmad", "Ahmed", "Ali", "Amir", "Amr", "Bashar", "Faisal", "Farid", "Hamid",
        "Hassan", "Hossein", "Hussein", "Ibrahim", "Imran", "Ismail", "Jamal", "Karim", "Khalid", "Mahmoud",
        "Mansour", "Marwan", "Mehmet", "Mohamed", "Mohammad", "Mohammed", "Muhammad", "Mustafa", "Nabil", "Nasser",
        "Omar", "Osama", "Rashid", "Recep", "Saad", "Salim", "Samir", "Tariq", "Tarek", "Walid", "Yasser",
        "Youssef", "Yusuf", "Ziad", "Mevlut", "Ahmet", "Emre", "Hakan", "Kemal", "Murat", "Reza", "Javad", "Mahmud",
        "Kofi", "Kwame", "Jomo", "Uhuru", "Olusegun", "Goodluck", "Muhammadu", "Cyril", "Jacob", "Thabo", "Nelson",
        "Desmond", "Abiy", "Paul", "Yoweri", "Emmerson", "Robert", "Kwesi", "Chinedu", "Emeka", "Oluwaseun",
        // South Asian, East Asian given names that are clearly male
        "Amit", "Anil", "Arjun", "Arvind", "Ashok", "Deepak", "Harjit", "Jagmeet", "Kamal", "Manmohan", "Narendra",
        "Navdeep", "Rahul", "Raj", "Rajesh", "Rakesh", "Ravi", "Sanjay", "Sunil", "Suresh", "Vijay", "Vikram",
        "Gurpreet", "Amarjeet", "Sajjan", "Ujjal", "Rishi", "Nawaz", "Shinzo", "Hiroshi", "Takeshi", "Kenji",
        "Hideki", "Yoshihide", "Fumio", "Taro", "Ichiro", "Shohei", "Jae-in", 
        // Jewish, other
        "Avi", "Benny", "Benjamin", "Binyamin", "Chaim", "Eli", "Ehud", "Moshe", "Yitzhak", "Yossi", "Yair", "Naftali",
        "Gideon", "Ariel", "Shimon", "Reuven", "Uri",
    ], StringComparer.Ordinal);

    /// <summary>Common female given names.</summary>
    public static readonly FrozenSet<string> FemaleGivenNames = FrozenSet.ToFrozenSet(
    [
        // English
        "Abby", "Abigail", "Ada", "Adele", "Adrienne", "Agnes", "Alice", "Alicia", "Alison", "Allison", "Amanda",
        "Amber", "Amelia", "Amy", "Ana", "Andrea", "Angela", "Angie", "Anita", "Ann", "Anna", "Anne", "Annette",
        "Annie", "April", "Audrey", "Ava", "Barbara", "Beatrice", "Becky", "Belinda", "Beth", "Betsy", "Betty",
        "Beverly", "Bonnie", "Brenda", "Bridget", "Brittany", "Brooke", "Caitlin", "Candace", "Carla", "Carly",
        "Carmen", "Carol", "Caroline", "Carolyn", "Carrie", "Cassandra", "Catherine", "Cathy", "Cecilia", "Charlene",
        "Charlotte", "Chelsea", "Cheryl", "Chloe", "Christina", "Christine", "Cindy", "Claire", "Clara", "Claudia",
        "Colleen", "Connie", "Constance", "Courtney", "Crystal", "Cynthia", "Daisy", "Dana", "Danielle", "Daphne",
        "Darlene", "Dawn", "Debbie", "Deborah", "Debra", "Delores", "Denise", "Diana", "Diane", "Dianne", "Donna",
        "Doris", "Dorothy", "Edith", "Eileen", "Elaine", "Eleanor", "Elena", "Elise", "Eliza", "Elizabeth", "Ella",
        "Ellen", "Emily", "Emma", "Erica", "Erin", "Esther", "Ethel", "Eva", "Evelyn", "Faith", "Felicia", "Fiona",
        "Florence", "Frances", "Gail", "Gayle", "Georgia", "Geraldine", "Gillian", "Gina", "Gladys", "Glenda",
        "Gloria", "Grace", "Gretchen", "Gwen", "Hannah", "Harriet", "Hazel", "Heather", "Heidi", "Helen", "Hilary",
        "Hillary", "Holly", "Hope", "Ida", "Irene", "Iris", "Isabel", "Isabella", "Isabelle", "Ivanka", "Jackie",
        "Jacqueline", "Jane", "Janet", "Janice", "Jasmine", "Jeanette", "Jeanne", "Jennifer", "Jenny", "Jessica",
        "Jill", "Joan", "Joanna", "Joanne", "Jocelyn", "Jodi", "Josephine", "Joy", "Joyce", "Judith", "Judy",
        "Julia", "Julie", "June", "Justine", "Kaitlyn", "Kara", "Karen", "Kate", "Katherine", "Kathleen", "Kathryn",
        "Kathy", "Katie", "Katrina", "Kay", "Kayla", "Kellyanne", "Kirsten", "Krista", "Kristen", "Kristin",
        "Kristina", "Lana", "Laura", "Lauren", "Leah", "Leanne", "Leila", "Lena", "Leslie", "Lillian", "Lily", "Linda",
        "Lindsay", "Lisa", "Liz", "Lois", "Loretta", "Lori", "Lorraine", "Louise", "Lucy", "Lydia", "Lynn", "Lynne",
        "Mabel", "Madeleine", "Madeline", "Madison", "Maggie", "Mandy", "Marcia", "Margaret", "Margo", "Maria",
        "Marian", "Marianne", "Marie", "Marilyn", "Marjorie", "Marlene", "Marsha", "Martha", "Mary", "Maureen",
        "Maxine", "Megan", "Meghan", "Megyn", "Melanie", "Melania", "Melinda", "Melissa", "Mia", "Michele",
        "Michelle", "Mildred", "Miranda", "Molly", "Monica", "Nancy", "Naomi", "Natalie", "Natasha", "Nellie",
        "Nicole", "Nikki", "Nina", "Nora", "Norma", "Olivia", "Paige", "Pam", "Pamela", "Patricia", "Patsy", "Patty",
        "Paula", "Pauline", "Pearl", "Peggy", "Penny", "Phyllis", "Priscilla", "Rachel", "Rebecca", "Regina", "Renee",
        "Rhonda", "Rita", "Roberta", "Robyn", "Rosa", "Rosalind", "Rose", "Rosemary", "Ruby", "Ruth", "Sabrina",
        "Sally", "Samantha", "Sandra", "Sandy", "Sara", "Sarah", "Savannah", "Shannon", "Sharon", "Sheila", "Shelley",
        "Shelly", "Sherry", "Shirley", "Sophia", "Sophie", "Stacey", "Stacy", "Stella", "Stephanie", "Sue", "Susan",
        "Suzanne", "Sylvia", "Tamara", "Tammy", "Tanya", "Tara", "Teresa", "Theresa", "Tiffany", "Tina", "Tracey",
        "Tracy", "Valerie", "Vanessa", "Vera", "Veronica", "Vicki", "Vicky", "Victoria", "Violet", "Virginia",
        "Vivian", "Wanda", "Wendy", "Whitney", "Yvonne", "Zoe", "Kamala", "Nikki", "Elise", "Ilhan", "Alexandria",
        "Tulsi", "Kyrsten", "Marsha", "Lisa", "Joni", "Mazie", "Tammy", "Chrystia", "Catherine", 
        "Kathleen", "Rachel", "Andrea", "Caroline", "Christy", "Christie", "Lindsay", "Mélanie", "Ginette", "Marlene",
        // French
        "Amélie", "Anne-Marie", "Brigitte", "Camille", "Céline", "Celine", "Chantal", "Christiane", "Claudette",
        "Danielle", "Denise", "Diane", "Elise", "Élise", "Elodie", "Élodie", "Émilie", "Emilie",
        "Francine", "Françoise", "Francoise", "Genevieve", "Geneviève", "Helene", "Hélène", "Isabelle", "Jacqueline",
        "Josée", "Josee", "Julie", "Karine", "Laurence", "Lise", "Louise", "Lucie", "Manon", "Marie-Claude",
        "Marie-Eve", "Marie-Ève", "Marie-France", "Marie-Josée", "Marine", "Martine", "Mathilde", "Micheline",
        "Monique", "Nathalie", "Nicole", "Pascale", "Sandrine", "Segolene", "Ségolène", "Solange", "Sophie",
        "Stéphanie", "Suzanne", "Sylvie", "Valérie", "Véronique", "Veronique", "Virginie", "Yvette", "Josiane",
        // Spanish, Portuguese, Italian
        "Adriana", "Alejandra", "Alessandra", "Alma", "Beatriz", "Carla", "Carolina", "Catalina", "Claudia",
        "Daniela", "Elena", "Esperanza", "Francesca", "Gabriela", "Giovanna", "Giulia", "Graciela",
        "Guadalupe", "Isabel", "Juana", "Lucia", "Lucía", "Luisa", "Lourdes", "Marta", "Mercedes", "Mónica", "Paola",
        "Patricia", "Pilar", "Raquel", "Rocio", "Rosario", "Silvia", "Sofia", "Sofía", "Valentina", "Ximena",
        "Yolanda", "Dilma", "Chiara", "Federica", "Giorgia", "Laura", "Simona",
        // German, Nordic, Dutch
        "Angela", "Anja", "Annegret", "Birgit", "Brigitte", "Claudia", "Gerda", "Greta", "Gudrun", "Heike",
        "Ingrid", "Jutta", "Katarina", "Katja", "Liv", "Monika", "Petra", "Renate", "Sabine", "Sigrid", "Silke",
        "Ursula", "Ute", "Astrid", "Karin", "Kerstin", "Margrethe", "Mette", "Sanna", "Solveig", "Annika", "Erna",
        // Slavic, Greek
        "Alla", "Anastasia", "Daria", "Ekaterina", "Galina", "Irina", "Katya", "Ksenia", "Larisa", "Ludmila",
        "Lyudmila", "Marina", "Nadezhda", "Natalia", "Natalya", "Olga", "Svetlana", "Tatiana", "Tatyana",
        "Valentina", "Yelena", "Yulia", "Zoya", "Agnieszka", "Beata", "Ewa", "Joanna", "Katarzyna", "Magdalena",
        "Malgorzata", "Jana", "Lenka", "Milena", "Oksana", "Yulia", "Ivana", "Jelena", "Maja", "Kateryna",
        // Arabic, Turkish, Persian, African
        "Aisha", "Amal", "Amina", "Asma", "Fatima", "Fatma", "Hala", "Hana", "Hanan", "Huda", "Huma", "Iman",
        "Khadija", "Layla", "Leila", "Mariam", "Maryam", "Mona", "Nadia", "Noor", "Nour", "Rania", "Salma",
        "Samira", "Sana", "Yasmin", "Yasmine", "Zahra", "Zainab", "Zeynep", "Emine", "Ayse", "Elif", "Shirin",
        "Farah", "Soraya", "Chimamanda", "Ngozi", "Ellen", "Winnie", "Graca", "Wangari", "Amara",
        // South and East Asian given names that are clearly female
        "Aarti", "Anjali", "Deepa", "Divya", "Indira", "Kavita", "Lakshmi", "Meena", "Neha", "Nisha", "Pooja",
        "Priya", "Priyanka", "Rani", "Sonia", "Sunita", "Ruby", "Yuko", "Yoko", "Keiko", "Akiko",
        "Naomi", 
        // Jewish, other
        "Golda", "Tzipi", "Shira", "Tamar", "Miriam", "Rivka", "Ayelet", "Dalia",
    ], StringComparer.Ordinal);

    /// <summary>Capitalised words that end or head an organisation's name ("LG <i>Electronics</i>", "<i>Department</i> of Justice").</summary>
    public static readonly FrozenSet<string> OrganisationHeads = FrozenSet.ToFrozenSet(
    [
        "Agency", "Airline", "Airlines", "Airways", "Alliance", "Assembly", "Associates", "Association", "Authority",
        "Bank", "Bancorp", "Board", "Brands", "Bureau", "Caucus", "Centre", "Center", "Chamber", "Church", "Clinic",
        "Club", "Coalition", "College", "Commission", "Committee", "Communications", "Company", "Congress",
        "Consortium", "Consultants", "Consulting", "Cooperative", "Co-op", "Corp", "Corp.", "Corporation", "Co.",
        "Council", "Court", "Department", "Diocese", "Division", "Electronics", "Energy", "Enterprises", "Federation",
        "Films", "Force", "Forces", "Foundation", "Fund", "Group", "Holdings", "Hospital", "Inc", "Inc.",
        "Industries", "Institute", "Insurance", "International", "Labs", "Laboratories", "League", "Limited", "LLC",
        "LLP", "Ltd", "Ltd.", "Media", "Ministry", "Motors", "Museum", "Network", "Office", "Organization",
        "Organisation", "Parliament", "Partners", "Party", "Pharmaceuticals", "Police", "Press", "Railway", "Records",
        "Registry", "Research", "Secretariat", "Senate", "Service", "Services", "Society", "Solutions", "Studio",
        "Studios", "Systems", "Technologies", "Tribunal", "Trust", "Union", "University", "Ventures", "Works",
        "Administration", "Army", "Navy", "Canada", "Post", "Times", "News", "Journal", "Tribune", "Herald", "Gazette",
        "Ledger", "Chronicle", "Inquirer", "Examiner", "Courier", "Dispatch",
        "Magazine", "Radio", "Television", "TV", "Channel", "Team", "Campaign", "Commons", "Cabinet", "School",
        "Schools", "Academy", "Library", "Council", "Unit", "Guard", "Police", "Mounted", "Exchange", "Reserve",
        "Capital", "Securities", "Investments", "Financial", "Advisors", "Advisers", "Realty", "Properties",
        "Hotels", "Resorts", "Foods", "Farms", "Mining", "Resources", "Oil", "Gas", "Pipeline", "Pipelines", "Hydro",
        "Transit", "Institution", "Initiative", "Project", "Program", "Programme", "Lab", "Band", "Nation", "Theatre",
        "Theater", "Ballet", "Orchestra", "Opera", "Choir", "Gallery", "Symphony", "Troupe", "Collective", "Cafe", "Café",
        "Restaurant", "Bakery", "Brewery", "Winery", "Store", "Stores", "Shop", "Market", "Mall", "Hotel", "Inn", "Images", "Pictures",
    ], StringComparer.Ordinal);

    /// <summary>Capitalised words that make a name an event or a work rather than a person ("Sony <i>Open</i>", "World <i>Cup</i>").</summary>
    public static readonly FrozenSet<string> EventWords = FrozenSet.ToFrozenSet(
    [
        "Open", "Cup", "Classic", "Championship", "Championships", "Games", "Olympics", "Paralympics", "Festival",
        "Awards", "Award", "Prize", "Series", "Tour", "Invitational", "Marathon", "Bowl", "Grand", "Prix", "Derby",
        "Trophy", "Summit", "Conference", "Forum", "Expo", "Fair", "Gala", "Week", "Day", "Night", "Parade",
        "Convention", "Tournament", "Rally", "Race", "Act", "Bill", "Accord", "Agreement", "Treaty", "Plan",
        "Strategy", "Report", "Review", "Inquiry", "Survey", "Index", "Project", "Show", "Album", "Book",
    ], StringComparer.Ordinal);

    /// <summary>Place names common in Canadian, US and world news, never a person.</summary>
    public static readonly FrozenSet<string> PlaceNames = FrozenSet.ToFrozenSet(
    [
        "Canada", "Ontario", "Quebec", "Québec", "Alberta", "Manitoba", "Saskatchewan", "Nova", "Scotia", "Brunswick",
        "Newfoundland", "Labrador", "British", "Columbia", "Island", "Yukon", "Nunavut", "Toronto", "Montreal", "Montréal", "Vancouver", "Calgary",
        "Edmonton", "Ottawa", "Winnipeg", "Halifax", "Regina", "Saskatoon", "Victoria", "Hamilton", "Mississauga",
        "Brampton", "Surrey", "Burnaby", "Gatineau", "Laval", "Kitchener", "Waterloo", "Windsor", "London",
        "Oshawa", "Sudbury", "Moncton", "Fredericton", "Charlottetown", "Whitehorse", "Yellowknife", "Iqaluit",
        "Kelowna", "Nanaimo", "Kamloops", "Markham", "Vaughan", "Oakville", "Burlington", "Niagara", "Kingston",
        "Guelph", "Barrie", "Lethbridge", "Sherbrooke", "Saguenay", "Trois-Rivières", "Longueuil", "Richmond",
        "America", "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
        "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana",
        "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana",
        "Nebraska", "Nevada", "Hampshire", "Jersey", "Mexico", "York", "Carolina", "Dakota", "Ohio", "Oklahoma",
        "Oregon", "Pennsylvania", "Rhode", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
        "Wisconsin", "Wyoming", "Chicago", "Boston", "Houston", "Dallas", "Seattle", "Detroit", "Philadelphia",
        "Phoenix", "Atlanta", "Miami", "Denver", "Cleveland", "Pittsburgh", "Baltimore", "Minneapolis", "Portland",
        "Brooklyn", "Manhattan", "Los", "Angeles", "San", "Francisco", "Diego", "Vegas", "Orleans", "Nashville",
        "Britain", "England", "Scotland", "Wales", "Ireland", "France", "Germany", "Italy", "Spain", "Portugal",
        "Netherlands", "Belgium", "Switzerland", "Austria", "Sweden", "Norway", "Denmark", "Finland", "Iceland",
        "Poland", "Russia", "Ukraine", "Belarus", "Hungary", "Romania", "Bulgaria", "Greece", "Turkey", "Serbia",
        "Croatia", "China", "Japan", "Korea", "India", "Pakistan", "Afghanistan", "Iran", "Iraq", "Syria", "Israel",
        "Lebanon", "Jordan", "Egypt", "Libya", "Saudi", "Arabia", "Yemen", "Qatar", "Kuwait", "Emirates", "Oman",
        "Indonesia", "Malaysia", "Singapore", "Thailand", "Vietnam", "Philippines", "Australia", "Zealand", "Brazil",
        "Argentina", "Chile", "Peru", "Colombia", "Venezuela", "Cuba", "Haiti", "Jamaica", "Nigeria", "Kenya",
        "Ethiopia", "Somalia", "Sudan", "Africa", "Ghana", "Uganda", "Rwanda", "Congo", "Zimbabwe", "Europe", "Asia",
        "Beijing", "Shanghai", "Hong", "Kong", "Tokyo", "Seoul", "Moscow", "Paris", "Berlin", "Rome", "Madrid",
        "Brussels", "Geneva", "Vienna", "Kyiv", "Kiev", "Istanbul", "Ankara", "Tehran", "Baghdad", "Damascus",
        "Beirut", "Jerusalem", "Cairo", "Nairobi", "Delhi", "Mumbai", "Karachi", "Kabul", "Sydney", "Melbourne",
        "Taiwan", "Tibet", "Crimea", "Gaza", "Idlib", "Aleppo", "Sumatra", "Java", "Bali", "Jakarta", "Manila",
        "U.S.", "US", "USA", "U.S.A.", "UK", "U.K.", "Ont.", "Que.", "B.C.", "Alta.", "Sask.", "Man.", "N.S.", "N.B.",
        "P.E.I.", "N.L.", "Calif.", "Fla.", "Ky.", "Texas", "Ariz.", "Ohio",
    ], StringComparer.Ordinal);

    /// <summary>Nouns that head a document that can "say" something ("a statement", "the report"): its issuer is the speaker.</summary>
    public static readonly FrozenSet<string> DocumentNouns = FrozenSet.ToFrozenSet(
    [
        "statement", "statements", "report", "reports", "study", "studies", "memo", "memorandum", "post", "letter",
        "release", "email", "e-mail", "emails", "tweet", "tweets", "blog", "survey", "poll", "filing", "filings",
        "complaint", "ruling", "decision", "document", "documents", "lawsuit", "affidavit", "judgment", "judgement",
        "submission", "website", "site", "paper", "analysis", "review", "audit", "note", "notice", "petition",
        "motion", "order", "bulletin", "advisory", "brief", "presentation", "summary", "transcript", "message",
        "op-ed", "editorial", "column", "article", "guidelines", "proposal", "plan", "application", "indictment",
        "warrant", "claim", "request", "response", "reply", "briefing", "update", "newsletter", "assessment",
        "evaluation", "investigation", "inquiry", "testimony", "opinion", "verdict", "sentence", "report's",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Documents an organisation issues in its own voice: one credited to nobody is the organisation's in view ("A statement said").</summary>
    public static readonly FrozenSet<string> StatementNouns = FrozenSet.ToFrozenSet(
        ["statement", "release", "email", "e-mail", "memo", "memorandum", "letter", "notice", "bulletin", "advisory", "post", "tweet", "message"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns naming a kind of organisation ("the company", "the department"): a description of one the article named.</summary>
    public static readonly FrozenDictionary<string, string[]> OrganisationTypes = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        // type noun → capitalised name words that show an organisation is of that type
        ["company"] = ["Inc", "Inc.", "Corp", "Corp.", "Corporation", "Company", "Co.", "Ltd", "Ltd.", "Limited", "LLC", "Group", "Holdings", "Electronics", "Technologies", "Industries", "Motors", "Airlines", "Media", "Communications", "Brands", "Enterprises", "Systems", "Energy", "Foods", "Pharmaceuticals", "Labs"],
        ["firm"] = ["Inc", "Inc.", "Corp", "Corp.", "Corporation", "Company", "Co.", "Ltd", "Ltd.", "LLC", "LLP", "Group", "Partners", "Associates", "Consultants", "Consulting", "Capital", "Securities", "Advisors", "Advisers", "Labs", "Technologies", "Solutions"],
        ["corporation"] = ["Corp", "Corp.", "Corporation", "Inc", "Inc."],
        ["business"] = ["Inc", "Inc.", "Corp", "Corp.", "Company", "Co.", "Ltd", "Ltd.", "LLC"],
        ["retailer"] = ["Inc", "Inc.", "Corp.", "Co.", "Ltd."],
        ["bank"] = ["Bank", "Bancorp", "Financial"],
        ["airline"] = ["Airlines", "Airline", "Airways", "Air"],
        ["insurer"] = ["Insurance"],
        ["network"] = ["Network", "News", "TV", "Television", "Media"],
        ["broadcaster"] = ["Network", "News", "TV", "Television", "Radio", "Media"],
        ["newspaper"] = ["Post", "Times", "Journal", "Tribune", "Herald", "Gazette", "Star", "Globe", "Sun", "News", "Ledger", "Chronicle", "Inquirer", "Examiner", "Courier", "Dispatch", "Register"],
        ["paper"] = ["Post", "Times", "Journal", "Tribune", "Herald", "Gazette", "Star", "Globe", "Sun", "News", "Ledger", "Chronicle", "Inquirer", "Examiner", "Courier", "Dispatch", "Register"],
        ["department"] = ["Department"],
        ["ministry"] = ["Ministry", "Department"],
        ["agency"] = ["Agency", "Department", "Bureau", "Administration", "Service", "Services", "Office", "Authority", "Canada"],
        ["office"] = ["Office", "Bureau", "Secretariat"],
        ["government"] = ["Government", "Administration", "Cabinet"],
        ["administration"] = ["Administration"],
        ["commission"] = ["Commission"],
        ["committee"] = ["Committee"],
        ["council"] = ["Council"],
        ["board"] = ["Board"],
        ["tribunal"] = ["Tribunal"],
        ["court"] = ["Court"],
        ["union"] = ["Union", "Federation", "Workers", "Teamsters", "Unifor", "Local"],
        ["association"] = ["Association", "Society", "Federation"],
        ["organization"] = ["Organization", "Organisation", "Association", "Society", "Foundation", "Federation", "Coalition", "Alliance", "Council", "Institute"],
        ["organisation"] = ["Organization", "Organisation", "Association", "Society", "Foundation", "Federation", "Coalition", "Alliance", "Council", "Institute"],
        ["group"] = ["Group", "Coalition", "Alliance", "Society", "Association", "Network", "Foundation", "Committee"],
        ["charity"] = ["Foundation", "Society", "Fund", "Trust"],
        ["foundation"] = ["Foundation"],
        ["institute"] = ["Institute", "Institution"],
        ["university"] = ["University", "College"],
        ["school"] = ["School", "Academy", "College", "University"],
        ["college"] = ["College"],
        ["hospital"] = ["Hospital", "Clinic", "Centre", "Center", "Health"],
        ["police"] = ["Police", "RCMP", "Constabulary"],
        ["force"] = ["Police", "Force", "Forces"],
        ["service"] = ["Service", "Services"],
        ["party"] = ["Party", "Liberals", "Conservatives", "Democrats", "Republicans"],
        ["team"] = ["Team", "Club", "FC"],
        ["club"] = ["Club", "FC"],
        ["league"] = ["League", "Association"],
        ["church"] = ["Church", "Diocese", "Archdiocese", "Parish"],
        ["diocese"] = ["Diocese", "Archdiocese"],
        ["museum"] = ["Museum", "Gallery"],
        ["city"] = ["City"],
        ["province"] = ["Province"],
        ["utility"] = ["Hydro", "Energy", "Power", "Utilities"],
        ["regulator"] = ["Commission", "Board", "Authority", "Agency", "Regulator"],
        ["coalition"] = ["Coalition", "Alliance"],
        ["campaign"] = ["Campaign"],
        ["caucus"] = ["Caucus"],
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns an organisation type noun modifies to name something else ("the campaign <i>trail</i>", "the party <i>headquarters</i>"), none of them a verb.</summary>
    public static readonly FrozenSet<string> CompoundTails = FrozenSet.ToFrozenSet(
    [
        "trail", "headquarters", "website", "logo", "bus", "plane", "rally", "rallies", "event", "events", "ad", "ads",
        "finances", "coffers", "platform", "bylaws", "rules", "building", "grounds", "account", "accounts", "season",
        "stop", "stops", "literature", "slogan", "headquarter", "offices", "budget", "premises", "van", "jet",
    ], StringComparer.Ordinal);

    /// <summary>Lower-case words that qualify a description without naming a role ("the <i>veteran</i> goalie", "the <i>26-year-old</i> forward").</summary>
    public static readonly FrozenSet<string> GenericModifiers = FrozenSet.ToFrozenSet(
    [
        "veteran", "former", "longtime", "long-time", "new", "young", "old", "elderly", "retired", "current", "then",
        "embattled", "outgoing", "incoming", "newly", "elected", "re-elected", "rookie", "star", "top", "senior",
        "junior", "acting", "interim", "beleaguered", "popular", "controversial", "outspoken", "first-term",
        "second-term", "two-term", "three-term", "lone", "only", "same", "latter", "former", "late", "tech",
        "giant", "big", "small", "local", "provincial", "federal", "national", "regional", "municipal", "global",
        "online", "social", "media", "security", "software", "energy", "oil", "mining", "construction", "retail",
        "telecom", "telecommunications", "e-commerce", "technology", "pharmaceutical", "insurance", "Toronto-based",
        "based", "private", "public", "non-profit", "nonprofit", "not-for-profit", "international", "multinational",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns for people by occupation, position or relation, which a definite description can use ("the goalie", "the mayor").</summary>
    public static readonly FrozenSet<string> PersonRoleNouns = FrozenSet.ToFrozenSet(
    [
        "mayor", "premier", "minister", "president", "senator", "governor", "congressman", "congresswoman", "MP",
        "MPP", "MLA", "MNA", "councillor", "councilor", "councilman", "councilwoman", "leader", "chief", "chair",
        "chairman", "chairwoman", "chairperson", "director", "manager", "spokesman", "spokeswoman", "spokesperson",
        "secretary", "ambassador", "commissioner", "judge", "justice", "lawyer", "attorney", "prosecutor", "sheriff",
        "officer", "constable", "sergeant", "inspector", "detective", "superintendent", "coach", "captain", "goalie",
        "goaltender", "netminder", "forward", "defenceman", "defenseman", "winger", "centre", "center", "striker",
        "midfielder", "defender", "quarterback", "pitcher", "catcher", "outfielder", "infielder", "golfer", "player",
        "skater", "skier", "swimmer", "runner", "sprinter", "boxer", "fighter", "rookie", "veteran", "teammate",
        "founder", "co-founder", "owner", "ceo", "CEO", "executive", "president-elect", "candidate", "nominee",
        "challenger", "incumbent", "professor", "researcher", "scientist", "economist", "analyst", "author",
        "writer", "novelist", "poet", "journalist", "reporter", "columnist", "editor", "host", "anchor", "actor",
        "actress", "singer", "musician", "artist", "director", "filmmaker", "producer", "chef", "doctor", "physician",
        "surgeon", "nurse", "teacher", "principal", "student", "activist", "advocate", "organizer", "organiser",
        "volunteer", "resident", "homeowner", "tenant", "landlord", "farmer", "worker", "employee", "victim",
        "survivor", "witness", "suspect", "accused", "defendant", "plaintiff", "mother", "father", "son", "daughter",
        "wife", "husband", "brother", "sister", "widow", "widower", "grandmother", "grandfather", "refugee",
        "immigrant", "pastor", "priest", "bishop", "rabbi", "imam", "chaplain", "diplomat", "envoy", "official",
        "strategist", "adviser", "advisor", "aide", "consultant", "pollster", "lawmaker", "legislator",
        "Republican", "Democrat", "Liberal", "Conservative", "New", "Democrat", "Tory", "Grit", "Independent",
        "cartoonist", "designer", "architect", "engineer", "entrepreneur", "businessman", "businesswoman",
        "billionaire", "investor", "banker", "developer", "expert", "historian", "psychologist", "psychiatrist",
        "therapist", "dietitian", "pharmacist", "veterinarian", "pilot", "soldier", "general", "colonel", "commander",
        "premier-designate", "prime", "head", "deputy", "treasurer", "auditor", "ombudsman", "registrar", "dean",
        "provost", "chancellor", "rector", "trustee", "delegate", "member", "speaker", "whip", "critic", "king",
        "queen", "prince", "princess", "pope", "cardinal", "monarch", "emperor", "dictator", "strongman",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>The role an abbreviated title before a name stands for ("Sen." → senator), for matching later descriptions.</summary>
    public static readonly FrozenDictionary<string, string> TitleAbbreviations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Sen."] = "senator", ["Sen"] = "senator", ["Rep."] = "representative", ["Rep"] = "representative",
        ["Gov."] = "governor", ["Gov"] = "governor", ["Dr."] = "doctor", ["Dr"] = "doctor", ["Prof."] = "professor",
        ["Gen."] = "general", ["Lt."] = "lieutenant", ["Col."] = "colonel", ["Capt."] = "captain", ["Sgt."] = "sergeant",
        ["Adm."] = "admiral", ["Rev."] = "reverend", ["Det."] = "detective", ["Insp."] = "inspector", ["Supt."] = "superintendent",
        ["Cmdr."] = "commander", ["Maj."] = "major", ["Atty."] = "attorney", ["Sec."] = "secretary", ["Pres."] = "president",
        ["Const."] = "constable", ["Coun."] = "councillor", ["Cllr."] = "councillor",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>US state abbreviations as news writes them in party labels ("R-Ky.", "D-Ore."), with the state's name.</summary>
    public static readonly FrozenDictionary<string, string> StateAbbreviations = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Ala"] = "Alabama", ["Alaska"] = "Alaska", ["Ariz"] = "Arizona", ["Ark"] = "Arkansas", ["Calif"] = "California",
        ["Colo"] = "Colorado", ["Conn"] = "Connecticut", ["Del"] = "Delaware", ["Fla"] = "Florida", ["Ga"] = "Georgia",
        ["Hawaii"] = "Hawaii", ["Idaho"] = "Idaho", ["Ill"] = "Illinois", ["Ind"] = "Indiana", ["Iowa"] = "Iowa",
        ["Kan"] = "Kansas", ["Kans"] = "Kansas", ["Ky"] = "Kentucky", ["La"] = "Louisiana", ["Maine"] = "Maine",
        ["Md"] = "Maryland", ["Mass"] = "Massachusetts", ["Mich"] = "Michigan", ["Minn"] = "Minnesota",
        ["Miss"] = "Mississippi", ["Mo"] = "Missouri", ["Mont"] = "Montana", ["Neb"] = "Nebraska", ["Nev"] = "Nevada",
        ["N.H"] = "New Hampshire", ["N.J"] = "New Jersey", ["N.M"] = "New Mexico", ["N.Y"] = "New York",
        ["N.C"] = "North Carolina", ["N.D"] = "North Dakota", ["Ohio"] = "Ohio", ["Okla"] = "Oklahoma", ["Ore"] = "Oregon",
        ["Pa"] = "Pennsylvania", ["R.I"] = "Rhode Island", ["S.C"] = "South Carolina", ["S.D"] = "South Dakota",
        ["Tenn"] = "Tennessee", ["Tex"] = "Texas", ["Texas"] = "Texas", ["Utah"] = "Utah", ["Vt"] = "Vermont",
        ["Va"] = "Virginia", ["Wash"] = "Washington", ["W.Va"] = "West Virginia", ["Wis"] = "Wisconsin", ["Wyo"] = "Wyoming",
        ["AL"] = "Alabama", ["AK"] = "Alaska", ["AZ"] = "Arizona", ["AR"] = "Arkansas", ["CA"] = "California",
        ["CO"] = "Colorado", ["CT"] = "Connecticut", ["DE"] = "Delaware", ["FL"] = "Florida", ["GA"] = "Georgia",
        ["HI"] = "Hawaii", ["ID"] = "Idaho", ["IL"] = "Illinois", ["IN"] = "Indiana", ["IA"] = "Iowa", ["KS"] = "Kansas",
        ["KY"] = "Kentucky", ["LA"] = "Louisiana", ["ME"] = "Maine", ["MD"] = "Maryland", ["MA"] = "Massachusetts",
        ["MI"] = "Michigan", ["MN"] = "Minnesota", ["MS"] = "Mississippi", ["MO"] = "Missouri", ["MT"] = "Montana",
        ["NE"] = "Nebraska", ["NV"] = "Nevada", ["NH"] = "New Hampshire", ["NJ"] = "New Jersey", ["NM"] = "New Mexico",
        ["NY"] = "New York", ["NC"] = "North Carolina", ["ND"] = "North Dakota", ["OH"] = "Ohio", ["OK"] = "Oklahoma",
        ["OR"] = "Oregon", ["PA"] = "Pennsylvania", ["RI"] = "Rhode Island", ["SC"] = "South Carolina",
        ["SD"] = "South Dakota", ["TN"] = "Tennessee", ["TX"] = "Texas", ["UT"] = "Utah", ["VT"] = "Vermont",
        ["VA"] = "Virginia", ["WA"] = "Washington", ["WV"] = "West Virginia", ["WI"] = "Wisconsin", ["WY"] = "Wyoming",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The US states' names, as <see cref="StateAbbreviations"/> spells them out.</summary>
    public static readonly FrozenSet<string> StateNames = StateAbbreviations.Values.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Prepositions after which a name is an oblique mention, less salient than a subject or object.</summary>
    public static readonly FrozenSet<string> Prepositions = FrozenSet.ToFrozenSet(
    [
        "of", "for", "at", "from", "with", "to", "by", "in", "on", "about", "against", "like", "including", "between",
        "among", "into", "over", "under", "behind", "beside", "near", "toward", "towards", "without", "within",
        "through", "during", "after", "before", "since", "than", "via", "per", "alongside", "across", "around",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that are never a given name or surname though capitalised in a run ("<i>Me</i>", "<i>You</i>").</summary>
    public static readonly FrozenSet<string> NotNameWords = FrozenSet.ToFrozenSet(
    [
        "Me", "You", "Your", "We", "Us", "My", "Our", "I", "It", "Is", "Are", "Was", "Got", "Get", "Gets", "Do", "Does",
        "Did", "Be", "Been", "Have", "Has", "Had", "Will", "Can", "Not", "No", "Yes", "What", "Why", "How", "When",
        "Who", "This", "That", "These", "Those", "To", "All", "Every", "Never", "Always", "Make", "Made", "Let",
        "Just", "Like", "Love", "Don't", "Can't", "Won't", "Read", "Watch", "See", "Click", "More", "Story", "Photo",
    ], StringComparer.Ordinal);

    /// <summary>Surnames that are also words a run of capitals never names anyone by ("George <i>Will</i>", "Ian <i>Read</i>", "Mia <i>Love</i>").</summary>
    public static readonly FrozenSet<string> SurnamesThatAreWords = FrozenSet.ToFrozenSet(["Will", "Read", "Love", "More", "Story"], StringComparer.Ordinal);

    /// <summary>Widely known organisations that news names by one word ("Google said"), never a person.</summary>
    public static readonly FrozenSet<string> KnownOrganisations = FrozenSet.ToFrozenSet(
    [
        "Google", "Facebook", "Apple", "Amazon", "Microsoft", "Twitter", "Instagram", "YouTube", "WhatsApp", "Netflix",
        "Uber", "Lyft", "Tesla", "Walmart", "Costco", "Boeing", "Airbnb", "Samsung", "Sony", "Nike", "IBM",
        "Intel", "Shopify", "Bombardier", "Loblaw", "Telus", "Enbridge", "Suncor", "Metrolinx", "TransLink", "NATO",
        "OPEC", "UNICEF", "Interpol", "Greenpeace", "Reuters", "Bloomberg", "Postmedia", "Snapchat", "LinkedIn",
        "Spotify", "Disney", "Starbucks", "McDonald's", "Pfizer", "Moderna", "Volkswagen", "Toyota", "Honda",
        "Nestle", "Nestlé", "Unilever", "Oracle", "Yahoo", "PayPal", "eBay", "Visa", "Mastercard", "FIFA",
        "Hezbollah", "Hamas", "Taliban", "ISIS", "Pentagon", "Kremlin", "Vatican", "Parliament", "Congress", "Senate",
        "Unifor", "Teamsters", "StatCan", "Medicare", "Medicaid", "Tinder", "Airbus",
    ], StringComparer.Ordinal);

    /// <summary>Role nouns that show a person's gender ("his wife Ann Roe", "Bo Lin, a spokesman").</summary>
    public static readonly FrozenDictionary<string, char> GenderedRoleNouns = new Dictionary<string, char>(StringComparer.OrdinalIgnoreCase)
    {
        ["wife"] = 'f', ["mother"] = 'f', ["daughter"] = 'f', ["sister"] = 'f', ["woman"] = 'f', ["widow"] = 'f',
        ["grandmother"] = 'f', ["granddaughter"] = 'f', ["aunt"] = 'f', ["niece"] = 'f', ["girl"] = 'f', ["girlfriend"] = 'f',
        ["actress"] = 'f', ["spokeswoman"] = 'f', ["chairwoman"] = 'f', ["congresswoman"] = 'f', ["councilwoman"] = 'f',
        ["businesswoman"] = 'f', ["queen"] = 'f', ["princess"] = 'f', ["mom"] = 'f', ["mum"] = 'f', ["stepmother"] = 'f',
        ["husband"] = 'm', ["father"] = 'm', ["son"] = 'm', ["brother"] = 'm', ["man"] = 'm', ["widower"] = 'm',
        ["grandfather"] = 'm', ["grandson"] = 'm', ["uncle"] = 'm', ["nephew"] = 'm', ["boy"] = 'm', ["boyfriend"] = 'm',
        ["actor"] = 'm', ["spokesman"] = 'm', ["chairman"] = 'm', ["congressman"] = 'm', ["councilman"] = 'm',
        ["businessman"] = 'm', ["king"] = 'm', ["prince"] = 'm', ["dad"] = 'm', ["stepfather"] = 'm', ["priest"] = 'm',
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Party labels: a description by party ("the Ohio Republican") names an allegiance, not an office.</summary>
    public static readonly FrozenSet<string> PartyWords = FrozenSet.ToFrozenSet(
    [
        "Republican", "Democrat", "Democratic", "GOP", "Liberal", "Conservative", "Tory", "Grit", "Independent", "Socialist",
        "Green", "Labour", "Laborite", "NDP", "Bloquiste",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns that name a relation to someone ("the father", "the son"): bare, they describe a relative of whoever is in view.</summary>
    public static readonly FrozenSet<string> KinshipNouns = FrozenSet.ToFrozenSet(
    [
        "mother", "father", "mom", "dad", "parent", "wife", "husband", "son", "daughter", "brother", "sister",
        "grandmother", "grandfather", "uncle", "aunt", "cousin", "nephew", "niece",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Person nouns a definite description uses for whoever is in view rather than for a title the article gave
    /// ("the 23-year-old mother", "the veteran goalie", "the man"): they resolve by salience and gender, where
    /// titles ("the mayor") first look for the role the article stated, then for a person in view who holds no other office.
    /// </summary>
    public static readonly FrozenSet<string> AnaphoricPersonNouns = FrozenSet.ToFrozenSet(
    [
        "man", "woman", "boy", "girl", "teen", "teenager", "youngster", "mother", "father", "mom", "dad", "parent",
        "wife", "husband", "son", "daughter", "brother", "sister", "grandmother", "grandfather", "widow", "widower",
        "player", "forward", "defenceman", "defenseman", "winger", "centre", "center", "goalie", "goaltender",
        "netminder", "striker", "midfielder", "defender", "quarterback", "pitcher", "golfer", "skater", "skier",
        "swimmer", "runner", "sprinter", "boxer", "fighter", "rookie", "veteran", "athlete", "native", "resident",
        "couple", "actor", "actress", "singer", "musician", "artist", "author", "writer", "chef", "cook", "baker",
        "entrepreneur", "businessman", "businesswoman", "refugee", "immigrant", "newcomer", "survivor", "victim",
        "student", "graduate", "alumnus", "alumna", "senior", "retiree", "pensioner", "owner", "founder",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Organisation types a description may use for an organisation whose name does not show its type ("the company" for Google).</summary>
    public static readonly FrozenSet<string> GenericOrganisationTypes = FrozenSet.ToFrozenSet(
        ["company", "firm", "business", "corporation", "organization", "organisation", "group", "retailer", "giant", "maker", "startup", "platform", "network"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Words in capitals that head a section or a link ("READ MORE"), never an acronym.</summary>
    public static readonly FrozenSet<string> CapitalisedHeadings = FrozenSet.ToFrozenSet(
    [
        "MORE", "READ", "WATCH", "UPDATE", "UPDATED", "VIDEO", "PHOTO", "PHOTOS", "RELATED", "NEWS", "CLICK", "LISTEN",
        "BREAKING", "EXCLUSIVE", "OPINION", "ANALYSIS", "EDITOR'S", "NOTE", "LIVE", "ALSO", "SEE", "THE", "AND", "OF",
        "IN", "TO", "FOR", "ON", "A", "AN", "IS", "IT", "NOT", "NO", "WHAT", "WHY", "HOW", "TAKE", "VIEW", "OK", "TV",
    ], StringComparer.Ordinal);
}
