using QuoteCheck.Core.Extraction;
using QuoteCheck.Core.Extraction.Speakers;

namespace QuoteCheck.Core.Tests.Extraction;

/// <summary>The mention → speaker stage: each sieve on a synthetic article written from the pattern it handles.</summary>
public class SpeakerResolutionTests
{
    private static readonly QuoteExtractor Extractor = new();

    private static ExtractedQuote Quote(string text, string startsWith) =>
        Assert.Single(Extractor.Extract(text), q => q.Text.StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void Pronoun_TakesTheSubject_NotTheLaterNameInAPrepositionalPhrase()
    {
        var q = Quote("Gary Holt cited a study by Ivan Petrov on Tuesday.\n\n\u201CThe numbers are clear,\u201D he said.", "The numbers");
        Assert.Equal("he", q.SpeakerMention);
        Assert.Equal("Gary Holt", q.Speaker);
        Assert.Contains("pronoun-salience", q.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Pronoun_FollowsTheChainOfPronouns_PastANameInBetween()
    {
        var text = "Asked what he would tell Mayor Rob Kettering, Lenny Osgood says he wants a home.\n\n"
            + "He moved into a small apartment in October. He has a son who lives nearby.\n\n"
            + "\u201CIt feels warm,\u201D he said.";
        Assert.Equal("Lenny Osgood", Quote(text, "It feels").Speaker);
    }

    [Fact]
    public void Pronoun_PassesOverSomeoneIntroducedWithoutANameAsAnObject_ForTheManInView()
    {
        var text = "Harlan Voss said he wants the league to be ready. The rules allow the board to appoint a replacement coach.\n\n"
            + "\u201CYou would be a fool not to prepare,\u201D he said.";
        Assert.Equal("Harlan Voss", Quote(text, "You would be").Speaker);
    }

    [Theory]
    [InlineData("In an interview, Ivy Brandt said she had \u201Cno regrets.\u201D Okonjo disagreed. \u201CShe should have regrets,\u201D he said.", "She should", "Okonjo")]
    [InlineData("Asked about the closure, Okonjo shrugged. \u201CIt is a shame,\u201D she said.", "It is a shame", "Okonjo")]
    public void Pronoun_WithNoPersonInView_IsTheUntypedNameTheSentenceBeforeIsAbout(string text, string quote, string speaker)
    {
        Assert.Equal(speaker, Quote(text, quote).Speaker);
    }

    [Fact]
    public void Pronoun_WithNoPersonInView_IsNoCalendarWordOrCommonWord()
    {
        var text = "Security experts met on Thursday. Monday brought more threats.\n\n\u201CIt was a long day,\u201D he said.";
        Assert.Equal("he", Quote(text, "It was a long day").Speaker);
    }

    [Fact]
    public void Pronoun_GenderIsLearnedFromTheArticle()
    {
        var text = "Kelva Mirren said she would resign. Victor Hale read her letter aloud.\n\n\u201CI have served long enough,\u201D she said.";
        Assert.Equal("Kelva Mirren", Quote(text, "I have served").Speaker);
    }

    [Fact]
    public void Pronoun_NeverTakesAnOrganisationOrAnEvent()
    {
        var text = "Omar Castell, a manager at Brightline Electronics, said he hid under a desk. "
            + "The Alder Valley Open starts Thursday.\n\n\u201CWe heard the first blast and ran,\u201D he told reporters.";
        Assert.Equal("Omar Castell", Quote(text, "We heard").Speaker);
    }

    [Fact]
    public void Pronoun_AfterAReportingVerb_IsItsSubject_EvenANewcomerOfUnknownGender()
    {
        var text = "Tomas Ferrand, the chief executive, said he could not reach his staff. \u201CWe keep calling,\u201D he said.\n\n"
            + "Oriel Vantakis, a clerk at Harbour Freight, said he ran down the stairs after the blast.\n\n"
            + "\u201CThen we saw the smoke and turned back,\u201D he told reporters.";
        var q = Quote(text, "Then we saw");
        Assert.Equal("Oriel Vantakis", q.Speaker);
        Assert.Equal("Tomas Ferrand", Quote(text, "We keep calling").Speaker);
    }

    [Fact]
    public void Pronoun_AfterAReportingVerb_KeepsToGender()
    {
        var text = "Marta Quill praised the plan. Tomas Ferrand said she would vote for it.\n\n"
            + "\u201CIt is a good plan,\u201D she said.";
        Assert.Equal("Marta Quill", Quote(text, "It is a good plan").Speaker);
    }

    [Theory]
    [InlineData("the mayor")]
    [InlineData("the senator")]
    public void RoleDescription_NobodyIntroducedInThatRole_GoesToThePersonInView(string description)
    {
        var text = "Dana Whitfield opened the new bridge on Monday and thanked the workers who built it.\n\n"
            + $"\u201CThis bridge will carry the city for a century,\u201D {description} said.";
        var q = Quote(text, "This bridge");
        Assert.Equal(description, q.SpeakerMention);
        Assert.Equal("Dana Whitfield", q.Speaker);
    }

    [Fact]
    public void RoleDescription_EquatedWithANameByIs_IsThatPerson_EvenWithAnotherInView()
    {
        var text = "The board chair is Dana Ruiz. Bo Lin disagreed with the plan. Lin said he would vote against it, and Lin did so on Monday.\n\n"
            + "The chair told reporters, \u201CWe will not wait.\u201D";
        var q = Quote(text, "We will not");
        Assert.Equal("Dana Ruiz", q.Speaker);
        Assert.Contains("introduced as 'chair'", q.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void RoleDescription_EquatedWithSomeoneElsesRelative_IsNotThatPerson()
    {
        var text = "The board chair is Dana Ruiz\u2019s sister. Bo Lin disagreed with the plan on Monday.\n\n"
            + "The chair told reporters, \u201CWe will not wait.\u201D";
        Assert.NotEqual("Dana Ruiz", Quote(text, "We will not").Speaker);
    }

    [Fact]
    public void Pronoun_NeverTakesThePersonSetAgainstItsSubject()
    {
        var text = "Omar Haddad found work at a bakery within a month of arriving in Halifax.\n\n"
            + "In Dartmouth, Karim Nassar, 49, and his wife are eager to apply for citizenship, but the fees would exceed the family's income.\n\n"
            + "Unlike Haddad, he has been unable to find work. He is still trying to reach the next level in English.\n\n"
            + "\u201CWhen you have a family to look after, my study comes afterwards,\u201D he said.";
        Assert.Equal("Karim Nassar", Quote(text, "When you have").Speaker);
    }

    [Fact]
    public void AnItThatStandsForWhatFollows_DoesNotMakeTheSpeakerAnOrganisation()
    {
        var text = "The company hired choreographer Lena Marsh for the new piece in 2016, after she had worked with Deborah Hay in Austin. Hay taught her to watch.\n\n"
            + "In revisiting the work, Marsh says it is helpful to start from an existing structure \u2014 a \u201Cscaffold,\u201D she calls it \u2014 but she is starting afresh.";
        Assert.Equal("Lena Marsh", Quote(text, "scaffold").Speaker);
    }

    [Fact]
    public void APossessorAfterIn_IsNoPlace()
    {
        var text = "The company invited Ilse Varga to make a new piece for its dancers. The result in Varga's case was a longer work than planned.\n\n"
            + "Deborah Hay, who taught her, watched every rehearsal.\n\n"
            + "In revisiting the work, Varga started from an old structure \u2014 a \u201Cscaffold,\u201D she calls it \u2014 but the piece is new.";
        Assert.Equal("Ilse Varga", Quote(text, "scaffold").Speaker);
    }

    [Theory]
    [InlineData("Neither Dana Whitfield nor Bo Lin attended the hearing on Monday.")]
    [InlineData("Whether Dana Whitfield runs again is unclear.")]
    public void AWordOpeningTheClause_IsNoPartOfTheName(string opening)
    {
        var q = Quote(opening + " \u201CWe were told it was postponed,\u201D Whitfield said.", "We were told");
        Assert.Equal("Dana Whitfield", q.Speaker);
    }

    [Fact]
    public void ADescriptionShownAsTheSpeaker_HasNoRoleRepeatingIt()
    {
        var q = Quote("The party\u2019s Senate leader said in 2010 that the most important goal was to make Lin a \u201Cone-term mayor.\u201D", "one-term");
        Assert.Equal("The party\u2019s Senate leader", q.Speaker);
        Assert.Null(q.Role);
    }

    [Fact]
    public void APhotoCreditOnALineOfItsOwn_NamesNobodyInView()
    {
        var text = "The comedian Rafe Dunmore posted the clip on Thursday.\n\nNeil Barton via Getty Images.\n\n"
            + "\u201CWhat if the mayor had elocution lessons?\u201D the 43-year-old asked.";
        Assert.Equal("Rafe Dunmore", Quote(text, "What if").Speaker);
    }

    [Fact]
    public void APhotoCreditRightBeforeAName_IsNoPartOfIt()
    {
        var text = "Niall Roe / PA Images via Getty Images Kevin Whitfield at a state ceremony in Dublin.\n\n\u201CWe will serve the province,\u201D Whitfield said on Monday.";
        Assert.Equal("Kevin Whitfield", Quote(text, "We will serve").Speaker);
    }

    [Theory]
    [InlineData("Senators Slam Dana Whitfield Over Budget\n\nDana Whitfield defended the plan on Monday.", "Dana Whitfield")]
    [InlineData("Using Dana Whitfield as an example, the council changed its rules.", "Dana Whitfield")]
    [InlineData("Norbert Dana Whitfield won the award on Monday.", "Norbert Dana Whitfield")]
    [InlineData("Supreme Court Justice Dana Whitfield wrote the opinion.", "Dana Whitfield")]
    public void AHeadlineOrLeadInBeforeAName_IsNoPartOfIt_ButAnUnknownGivenNameIs(string opening, string speaker)
    {
        var q = Quote(opening + "\n\n\u201CIt balances,\u201D Whitfield said.", "It balances");
        Assert.Equal(speaker, q.Speaker);
    }

    [Fact]
    public void ATitleWithOf_BeforeAName_LeavesTheNameSpeaking()
    {
        var q = Quote("\u201CWe will not wait,\u201D said Former Secretary of State Dana Whitfield on Monday.", "We will not");
        Assert.Equal("Dana Whitfield", q.Speaker);
        var lawyer = Quote("The lawyer of Bo Lin told reporters on Monday, \u201CMy client is innocent.\u201D", "My client");
        Assert.NotEqual("Bo Lin", lawyer.Speaker); // right after "of", the name is whose lawyer, not who speaks
    }

    [Fact]
    public void AVenue_IsAPlace_SoNoPronounTakesIt()
    {
        var text = "Bo Lin doubled down on his rhetoric on Monday.\n\n"
            + "At a rally for Ted Roe at the Indiana State Fair Grounds yesterday, Lin said, \u201CTed and I were just driving in, and he's laughing. He said, 'Well, you made another headline.'\u201D\n\n"
            + "He explained the headline by saying: \u201CIt was because last night I did something.\u201D";
        Assert.Equal("Bo Lin", Quote(text, "It was because").Speaker);
    }

    [Fact]
    public void Others_IsNobodyNamed()
    {
        var q = Quote("Officer Jason Van Dyke testified on Monday. Others said, \u201CHe should be punished.\u201D", "He should");
        Assert.Equal("Others", q.Speaker);
        Assert.Contains("nobody named for it", q.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Others, reacting to the report about Bo Lin, shouted, \u201CStop the coverup!\u201D", "Stop the", "Others")]
    [InlineData("Dana Whitfield, whose group led the effort, predicted, \u201CWe will take this to the floor.\u201D", "We will", "Dana Whitfield")]
    public void AClauseSetOffByCommas_NamesNobody_AndIsNoRole(string text, string quote, string speaker)
    {
        var q = Quote(text, quote);
        Assert.Equal(speaker, q.Speaker);
        Assert.Null(q.Role);
    }

    [Fact]
    public void RoleDescription_ForNobodyInView_StaysAsWritten()
    {
        var text = "The bridge opened on Monday after two years of work.\n\n\u201CThis bridge will carry the city for a century,\u201D the mayor said.";
        Assert.Equal("the mayor", Quote(text, "This bridge").Speaker);
    }

    [Fact]
    public void StatementCreditedToNobody_IsTheOrganisationNamedJustBefore()
    {
        var text = "The relief charity Brightwater Foundation said its field director was among the dead.\n\n"
            + "A statement said the charity was \u201Cdeeply shocked\u201D by the attack.";
        var q = Quote(text, "deeply shocked");
        Assert.Equal("Brightwater Foundation", q.Speaker);
        Assert.Contains("document-issuer", q.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void StatementCreditedToNobody_WithNoOrganisationNearby_StaysAsWritten()
    {
        var text = "The relief charity Brightwater Foundation opened a clinic in May.\n\nThe rains came early this year. Roads were closed for weeks.\n\n"
            + "A statement said the region was \u201Cdeeply shocked\u201D by the floods.";
        Assert.NotEqual("Brightwater Foundation", Quote(text, "deeply shocked").Speaker);
    }

    [Fact]
    public void Namesakes_StayApart()
    {
        var text = "Coach Jason LeMoine praised the team. His brother, Ernie LeMoine, disagreed.\n\n\u201CWe were lucky,\u201D Ernie LeMoine said.";
        var q = Quote(text, "We were lucky");
        Assert.Equal("Ernie LeMoine", q.Speaker);
    }

    [Fact]
    public void BareSurname_GoesToTheNamesakeTheArticleCallsBySurname()
    {
        var text = "Rosa Lindqvist wrote the book at home. \u201CI cook simply,\u201D says Lindqvist, who lives with her husband Anton Lindqvist.\n\n"
            + "\u201CShe did the hard part,\u201D says Anton.\n\n\u201CI was bored in restaurants,\u201D says Lindqvist.";
        Assert.Equal("Anton Lindqvist", Quote(text, "She did").Speaker);
        Assert.Equal("Rosa Lindqvist", Quote(text, "I was bored").Speaker);
    }

    [Fact]
    public void They_TakesPeopleNamedTogether()
    {
        var text = "The owners, Ann Roe and Bo Lin, said they would reopen the shop in May.\n\n\u201CWe will be back,\u201D they said.";
        Assert.Equal("Ann Roe and Bo Lin", Quote(text, "We will be back").Speaker);
    }

    [Fact]
    public void It_TakesTheOrganisation()
    {
        var text = "Trivex Systems Inc. laid off 200 workers on Monday.\n\n\u201CWe regret the decision,\u201D it said in a statement.";
        Assert.Equal("Trivex Systems Inc.", Quote(text, "We regret").Speaker);
    }

    [Theory]
    [InlineData("it", "Wade Corrin\u2019s campaign")]
    [InlineData("the campaign", "Wade Corrin\u2019s campaign")]
    [InlineData("they", "Wade Corrin\u2019s campaign")]
    public void AnOrganisationNamedByItsOwner_IsTheOrganisationThatSpeaks(string mention, string speaker)
    {
        var text = "Senator Wade Corrin toured a factory in Dayton on Monday. Later, Corrin\u2019s campaign rejected the poll.\n\n"
            + $"\u201CThe numbers are wrong,\u201D {mention} said in a statement.";
        var q = Quote(text, "The numbers");
        Assert.Equal(mention, q.SpeakerMention);
        Assert.Equal(speaker, q.Speaker);
    }

    [Theory]
    [InlineData("Senator Wade Corrin toured a factory in Dayton on Monday. His campaign protested that \u201Cthe poll is wrong.\u201D", "His campaign", "Wade Corrin's campaign")]
    [InlineData("Senator Wade Corrin toured a factory in Dayton on Monday.\n\n\u201CThe poll is wrong,\u201D Corrin\u2019s campaign said.", "Corrin\u2019s campaign", "Wade Corrin\u2019s campaign")]
    public void AnOrganisationNamedByItsOwner_AsTheMention_IsTheOwnersOrganisation(string text, string mention, string speaker)
    {
        var q = Assert.Single(Extractor.Extract(text, TestContext.Current.CancellationToken));
        Assert.Equal(mention, q.SpeakerMention);
        Assert.Equal(speaker, q.Speaker);
    }

    [Theory]
    [InlineData("the company")]
    [InlineData("the business")]
    public void AnOrganisationNamedByItsOwner_IsNoOtherTypeOfOrganisation(string description)
    {
        var text = "Senator Wade Corrin toured a factory in Dayton on Monday. Later, his campaign rejected the poll.\n\n"
            + $"\u201CThe numbers are wrong,\u201D {description} said.";
        Assert.DoesNotContain("campaign", Quote(text, "The numbers").Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void ATypeNounModifyingAnotherNoun_IsNoMentionOfTheOrganisation()
    {
        var text = "Senator Wade Corrin toured a factory in Dayton on Monday. Later, Corrin\u2019s campaign rejected the poll. "
            + "The senator left for the campaign trail. Acme Corp. announced layoffs.\n\n\u201CWe regret this,\u201D it said.";
        Assert.Equal("Acme Corp.", Quote(text, "We regret").Speaker);
    }

    [Theory]
    [InlineData("at")]
    [InlineData("with")]
    public void ANameSomeoneWorksAt_IsAnOrganisation_ThatADescriptionTakesUp(string preposition)
    {
        var text = $"Dana Kerr, a researcher {preposition} Velmar, said the attacks were linked.\n\n\u201CWe saw the same servers,\u201D the security firm said.";
        Assert.Equal("Velmar", Quote(text, "We saw").Speaker);
    }

    [Fact]
    public void ANameBeforeTheNounWhereSomeoneWorks_IsNoOrganisation()
    {
        var doc = ArticleDocument.Parse("Three dozen experts, researchers at Marlovian universities, signed the letter.");
        Assert.DoesNotContain(DiscourseModel.Build(doc).Entities, e => e.Name == "Marlovian" && e.Kind == EntityKind.Organisation);
    }

    [Fact]
    public void ATypeNounBeforeARole_NamesNoOrganisation_ThePersonSpeaks()
    {
        var text = "Senator Wade Corrin toured a factory in Dayton on Monday. Later, Corrin\u2019s campaign manager Lena Ostrova spoke.\n\n"
            + "\u201CWe are ahead,\u201D she said.";
        Assert.Equal("Lena Ostrova", Quote(text, "We are ahead").Speaker);
        var doc = ArticleDocument.Parse(text);
        Assert.DoesNotContain(DiscourseModel.Build(doc).Entities, e => e.Name.EndsWith("campaign", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Trivex Systems Inc. laid off 200 workers on Monday.", "the company", "Trivex Systems Inc.")]
    [InlineData("Mayor Dana Whitfield opened the new bridge on Monday.", "the mayor", "Dana Whitfield")]
    [InlineData("Sen. Carla Benton (R-Ohio) voted against the bill on Monday.", "the Ohio Republican", "Carla Benton")]
    [InlineData("Goalie Marc Lessard made 30 saves for the Wolves on Monday.", "the veteran goalie", "Marc Lessard")]
    [InlineData("Prime Minister Alan Torvik visited the plant on Monday.", "the prime minister", "Alan Torvik")]
    [InlineData("Local health officials, led by Dr. Nadia Brook, met on Monday.", "the doctor", "Nadia Brook")]
    [InlineData("Police interviewed Ann Roe, an elderly widow, on Monday.", "the elderly widow", "Ann Roe")]
    [InlineData("Coach Mark Lin was fired on Monday.", "the 52-year-old", "Mark Lin")]
    public void Description_TakesTheEntityIntroducedWithThatRoleOrType(string introduction, string description, string speaker)
    {
        var text = $"{introduction} Crowds gathered outside.\n\n\u201CThis is a good day,\u201D {description} said.";
        var q = Quote(text, "This is a good day");
        Assert.Equal(description, q.SpeakerMention);
        Assert.Equal(speaker, q.Speaker);
        Assert.Contains("description", q.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Description_ForATitleNobodyHeld_StaysAsWritten()
    {
        var text = "Mayor Dana Whitfield opened the new bridge on Monday.\n\n\u201CThe budget is short,\u201D the treasurer said.";
        Assert.Equal("the treasurer", Quote(text, "The budget").Speaker);
    }

    [Fact]
    public void Description_TakesUpSomeoneIntroducedWithoutAName()
    {
        var text = "Victor Hale was arrested on Monday. A justice official described the charges to reporters.\n\n\u201CThe case is strong,\u201D the official said.";
        Assert.Equal("A justice official", Quote(text, "The case").Speaker);
    }

    [Fact]
    public void ShortForm_IsTheSpelledOutOrganisation()
    {
        var text = "The Department of Coastal Waters (DCW) closed the fishery on Monday.\n\n\u201CStocks are too low,\u201D DCW said.";
        var q = Quote(text, "Stocks");
        Assert.Equal("DCW", q.SpeakerMention);
        Assert.Equal("Department of Coastal Waters", q.Speaker);
        Assert.Contains("short-form", q.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void DescriptorsAreCutFromTheName_AndKeptAsTheRole()
    {
        var q = Quote("The strip ran for years.\n\n\u201CI drew every day,\u201D says Halifax cartoonist Ann Roe.", "I drew");
        Assert.Equal("Ann Roe", q.Speaker);
        Assert.Equal("Halifax cartoonist", q.Role);
    }

    [Fact]
    public void Document_WithIssuerBesideIt_IsTheIssuersWords()
    {
        var text = "Talks broke down on Friday.\n\nA statement from the Harbour Workers Union said \u201Cthe offer is an insult to our members.\u201D";
        Assert.Equal("Harbour Workers Union", Quote(text, "the offer").Speaker);
    }

    [Theory]
    [InlineData("Dana Kerr, a researcher at Volt Labs, wrote in the company\u2019s blog post that the attacks were linked.\n\n\u201CThe same servers sent both waves,\u201D the post read.", "Dana Kerr")]
    [InlineData("Volt Labs said Friday in a statement that the attacks were linked.\n\n\u201CThe same servers sent both waves,\u201D the statement said.", "Volt Labs")]
    public void Document_TheSpeakerSaidItIn_IsTheSpeakersWords(string text, string speaker)
    {
        Assert.Equal(speaker, Quote(text, "The same servers").Speaker);
    }

    [Fact]
    public void Document_ObtainedByANewspaper_IsNotTheNewspapersWords()
    {
        var text = "Staff made a bid for the magazines.\n\nAccording to the memo obtained by The Daily Ledger, the fund \u201Cbelieved in quality journalism.\u201D";
        var q = Quote(text, "believed in quality");
        Assert.Equal("the memo", q.SpeakerMention);
        Assert.DoesNotContain("Ledger", q.Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_TakenUpLater_IsTheIssuerOfTheOneTheArticleIntroduced()
    {
        var text = "A study by the Harbour Policy Institute looked at 13 transit projects. It found three whose benefit fell below their cost.\n\n" +
            "\u201CThese projects can run into the billions of dollars,\u201D the report said.";
        var q = Quote(text, "These projects");
        Assert.Equal("the report", q.SpeakerMention);
        Assert.Equal("Harbour Policy Institute", q.Speaker);
    }

    [Fact]
    public void LinkToAnotherStory_InTheText_LendsNoSpeaker()
    {
        var text = "The Harbour Workers Union voted on Friday to strike.\n\nREAD MORE: Acme Shipping Corp. slams strike vote as reckless\n\n" +
            "\u201CWe will not back down,\u201D it said in a statement.";
        var q = Quote(text, "We will not back down");
        Assert.Equal("Harbour Workers Union", q.Speaker);
    }

    [Fact]
    public void Document_WithPossessivePronoun_IsItsOwnersWords()
    {
        var text = "Minister Rita Olsen resigned on Friday.\n\n\u201CI have lost the confidence of my colleagues,\u201D her statement read.";
        var q = Quote(text, "I have lost");
        Assert.Equal("her statement", q.SpeakerMention);
        Assert.Equal("Rita Olsen", q.Speaker);
        Assert.Contains("document-issuer", q.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("One rural Democrat, Sen. Ivy Brandt, said the bill was \u201Ca gift to the banks.\u201D")]
    [InlineData("One rural Democrat, Sen. Ivy Brandt, attacked the bill on Friday, saying it was \u201Ca gift to the banks.\u201D")]
    public void Description_WithANameInApposition_IsThatPerson(string sentence)
    {
        var q = Quote($"The vote was close.\n\n{sentence}", "a gift");
        Assert.Equal("Ivy Brandt", q.Speaker);
    }

    [Theory]
    [InlineData("Prosecutors charged Ivy Brandt on Monday. Her lawyer, Bo Lin, called the charges \u201Cabsurd.\u201D")]
    [InlineData("Prosecutors charged Ivy Brandt on Monday. Brandt\u2019s lawyer, Bo Lin, called the charges \u201Cabsurd.\u201D")]
    public void ARoleSetBeforeANameInApposition_MakesTheNameAPerson_WhoSpeaks(string text)
    {
        Assert.Equal("Bo Lin", Quote(text, "absurd").Speaker);
    }

    [Fact]
    public void Description_BeforeANameThatOpensAList_IsNoApposition()
    {
        var text = "The vote was close.\n\nThe committee chair, Ivy Brandt, and Bo Lin attacked the bill on Friday, saying it was \u201Ca gift to the banks.\u201D";
        Assert.NotEqual("Ivy Brandt", Quote(text, "a gift").Speaker);
    }

    [Fact]
    public void Description_AfterAName_IsThatPerson()
    {
        var text = "OTTAWA \u2014 A row broke out on Wednesday after Ann Roberts, Canada\u2019s ambassador to Peru, told local media that she thinks the exporter has \u201Cquite a strong case\u201D against the ruling.";
        Assert.Equal("Ann Roberts", Quote(text, "quite a strong").Speaker);
    }

    [Fact]
    public void Description_WithACommaBetweenItsModifiers_IsOneDescription()
    {
        var text = "Karl Brenner, a professor at the technical university, founded the firm.\n\nThe plant opened in March.\n\n\u201CNobody makes money on these cars,\u201D the lanky, bespectacled professor said.";
        var q = Quote(text, "Nobody makes");
        Assert.Equal("the lanky, bespectacled professor", q.SpeakerMention);
        Assert.Equal("Karl Brenner", q.Speaker);
    }

    [Fact]
    public void HyphenatedTitle_IsNotPartOfTheName_SoTheGivenNameFindsThePerson()
    {
        var text = "BEIJING \u2014 Chinese Vice-President Liu Zhenhai spoke at the forum.\n\nLiu said that \u201Cshifting blame onto others will not resolve the problems,\u201D alluding to the dispute.";
        Assert.Equal("Liu Zhenhai", Quote(text, "shifting blame").Speaker);
    }

    [Fact]
    public void Pronoun_PrefersTheAgreeingPerson_OverAnUnnamedOneOfUnknownGenderFurtherBack()
    {
        var text = "\u201CI was clear,\u201D candidate Doug Brennan said at one debate. He has since changed his mind.\n\n" +
            "The rail line would cost more than the budget allows. The region has argued about it for years.\n\n" +
            "\u201CThe agency has not studied it,\u201D a spokesperson said.\n\nOn Monday, the council took up the plan again.\n\n" +
            "\u201CWe can reduce costs considerably,\u201D he said.";
        Assert.Equal("Doug Brennan", Quote(text, "We can reduce").Speaker);
    }

    [Fact]
    public void OrganisationOfAPlace_ThenARoleAndAName_IsThatPersonSpeaking()
    {
        var text = "The budget passed.\n\n\u201CThere is a method in politics,\u201D University of the Lakes political scientist Hamish Tellor said.";
        var q = Quote(text, "There is a method");
        Assert.Equal("Hamish Tellor", q.Speaker);
        Assert.Equal("University of the Lakes political scientist Hamish Tellor", q.SpeakerMention);

        // without a name after the role, the phrase before "of" still speaks
        Assert.Equal("Ann Roe", Quote("Ann Roe spoke.\n\n\u201CWe will win,\u201D Ann Roe of Alabama said.", "We will win").Speaker);
    }

    [Theory]
    [InlineData("Brookfield staff explained the numbers this way: \u201CThere are many reasons the numbers look low.\u201D", "Brookfield staff")]
    [InlineData("\u201CThere are many reasons the numbers look low,\u201D Acme employees said.", "Acme employees")]
    public void PlaceOrEmployer_ThenAGroupNoun_IsTheGroupSpeaking(string sentence, string speaker)
    {
        var q = Quote("The figures were published on Monday.\n\n" + sentence, "There are many reasons");
        Assert.Equal(speaker, q.SpeakerMention);
        Assert.Equal(speaker, q.Speaker);
    }

    [Fact]
    public void BareKinshipNoun_NobodyWasIntroducedAs_StaysAsWritten_WhileAModifiedOneIsThePersonInView()
    {
        var bare = "Tom Weller, 35, died in the attack on Tuesday. Weller had worked in Nairobi for five years.\n\n" +
            "At the morgue, one family collapsed on hearing the news.\n\n\u201CHe is gone,\u201D the father repeated into his phone.";
        Assert.Equal("the father", Quote(bare, "He is gone").Speaker);

        var modified = "Ann Weller lost her son in the attack.\n\n\u201CI want answers,\u201D the 58-year-old mother said.";
        Assert.Equal("Ann Weller", Quote(modified, "I want answers").Speaker);
    }

    [Fact]
    public void SubjectPronoun_GoesToThePersonTheSentenceBeforeIsAbout_NotTheOneNamedMostOften()
    {
        var text = "Maria Lopez fought the eviction for two years. Lopez said she would appeal. Lopez told the court she had nowhere to go.\n\n" +
            "Given her long fight, Jane Okafor, who leads the tenants' union, is hopeful the judge might hear Lopez's plea.\n\n" +
            "\u201CWe will keep going until the law changes,\u201D she said.";
        Assert.Equal("Jane Okafor", Quote(text, "We will keep going").Speaker);
    }

    [Fact]
    public void SubjectPronoun_AfterASentenceThatNamesOnePerson_IsThatPerson()
    {
        var text = "Tom Reyes has run the clinic since 2010. Reyes says the program works. He trains six nurses a year.\n\n" +
            "The new diet also produced results for Halifax teacher Omar Haddad, 50. \u201CI sleep better now,\u201D he says.";
        Assert.Equal("Omar Haddad", Quote(text, "I sleep better").Speaker);
    }

    [Fact]
    public void SubjectPronoun_GoesToTheMainSubjectOfItsOwnSentence()
    {
        var text = "Maria Lopez founded the troupe in 1990. Lopez said she still rehearses daily. Lopez told us she loves the work.\n\n" +
            "In revisiting her 2016 piece, Nisrine Okafor says the piece grew from a \u201Cscaffold,\u201D she calls it.";
        Assert.Equal("Nisrine Okafor", Quote(text, "scaffold").Speaker);
    }

    [Fact]
    public void GenericModifierThatNamesAPerson_StillHeadsADescription()
    {
        // "The new diet" taking a person is SubjectPronoun_AfterASentenceThatNamesOnePerson_IsThatPerson
        var text = "Goalie Marc Roy signed a new deal on Monday.\n\n\u201CI am staying,\u201D the veteran said.";
        Assert.Equal("Marc Roy", Quote(text, "I am staying").Speaker);
    }

    [Fact]
    public void SubjectPronoun_IgnoresASubjectInsideARelativeClause()
    {
        var text = "Tom Reyes keeps his trophies at home. Reyes says visitors love them. He shows them to everyone.\n\n" +
            "That includes a letter that coach Omar Haddad sent to Reyes in 2012. \u201CIt is my favourite,\u201D he said.";
        Assert.Equal("Tom Reyes", Quote(text, "It is my favourite").Speaker);
    }

    [Fact]
    public void ShortenedName_StartingWithAParticle_SaysNothingOfTheSpeakersSex()
    {
        var text = "Nisrine Al Hassan came to Halifax in 2016 with two children. Al Hassan found work in a bakery last spring.\n\n" +
            "\u201CWe were welcomed here,\u201D she said.";
        Assert.Equal("Nisrine Al Hassan", Quote(text, "We were welcomed").Speaker);
    }

    [Fact]
    public void Description_OfAPersonIntroducedUnnamedLongAgo_GoesToThePersonInView()
    {
        var filler = string.Concat(Enumerable.Range(1, 10).Select(i => $"Hart expects sales to grow in year {i}. "));
        var text = "The startup was founded by a chemistry professor with a record of building batteries.\n\n" +
            "Its chief executive, Lin Hart, wants to sell a cheap car.\n\n" + filler + "\n\n" +
            "\u201CNobody makes money on small cars,\u201D the soft-spoken professor said.";
        Assert.Equal("Lin Hart", Quote(text, "Nobody makes money").Speaker);

        var recent = "The startup was founded by a chemistry professor with a record of building batteries.\n\n" +
            "\u201CNobody makes money on small cars,\u201D the professor said.";
        Assert.Equal("a chemistry professor", Quote(recent, "Nobody makes money").Speaker);
    }

    [Fact]
    public void NameEndingInAPlaceSuffix_IsAPlace_NotThePersonADescriptionTakesUp()
    {
        var text = "Dana Whitfield toured the site on Monday. The new line may end in Fleetwood or Clayton Heights.\n\n" +
            "\u201CWe will build it,\u201D the mayor said.";
        Assert.Equal("Dana Whitfield", Quote(text, "We will build it").Speaker);
    }

    [Fact]
    public void RoleDescription_MayGoToAPersonIntroducedAsACandidateForIt()
    {
        var text = "Surrey mayoral candidate Dana Whitfield promised a new arena in October. Whitfield won the vote, defeating Jo Tran.\n\n" +
            "\u201CWe will build it,\u201D the mayor said.";
        Assert.Equal("Dana Whitfield", Quote(text, "We will build it").Speaker);
    }

    [Fact]
    public void AfterAnHonorific_AMonthThatIsAlsoAnAuxiliary_IsASurname()
    {
        var text = "Prime Minister Ada May lost the vote.\n\nAfter the vote, Ms. May acknowledged the defeat and told MPs to say \u201Cwhat the House does support.\u201D";
        var q = Quote(text, "what the House");
        Assert.Equal("Ms. May", q.SpeakerMention);
        Assert.Equal("Ada May", q.Speaker);
    }

    [Fact]
    public void AfterAGivenName_AWordThatIsNoNameElsewhere_IsASurname_AndAloneLaterTheSamePerson()
    {
        var text = "Columnist Mia Love wrote about the race on Sunday.\n\nLove described the plan as \u201Ca caricature of reform.\u201D";
        Assert.Equal("Mia Love", Quote(text, "a caricature").Speaker);
    }

    [Fact]
    public void InATitleCaseHeadline_AWordThatIsNoNameElsewhere_IsTheHeadlinesVerb_NotASurname()
    {
        var text = "Mia Will Win In Utah, Poll Finds.\n\n\u201CThe race is close,\u201D she said.";
        Assert.DoesNotContain("Will", Quote(text, "The race").Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void AGerundOpeningASentence_IsNoOneAPronounCouldStandFor()
    {
        var text = "Gilbert runs the Harbor Group. Fundraising was \u201Cslow for about a month\u201D as donors waited, he said.";
        Assert.Equal("Gilbert", Quote(text, "slow for").Speaker);
    }

    [Fact]
    public void UnresolvedPronoun_CarriesLowerConfidence_ThanAResolvedOne()
    {
        var resolved = Quote("Paul Grant spoke on Monday.\n\n\u201CWe will appeal,\u201D he said.", "We will");
        var unresolved = Quote("The hearing ended on Monday.\n\n\u201CWe will appeal,\u201D he said.", "We will");
        Assert.Equal("Paul Grant", resolved.Speaker);
        Assert.Equal("he", unresolved.Speaker);
        Assert.True(unresolved.Confidence < resolved.Confidence, $"{unresolved.Confidence} should be below {resolved.Confidence}");
    }

    [Fact]
    public void TwoPeopleJoinedByAnd_AreBothTheSpeaker()
    {
        var q = Quote("The owners, Ann Roe and Bo Lin, met the council on Monday.\n\n\u201CIt is over,\u201D Roe and Lin told reporters.", "It is over");
        Assert.Equal("Ann Roe and Bo Lin", q.Speaker);
        Assert.Contains("coordination", q.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ann Roe and Bo Lin said they were \u201Cheartbroken.\u201D")]
    [InlineData("Ann Roe and Bo Lin, the owners of the bakery, said they were \u201Cheartbroken.\u201D")]
    [InlineData("\u201CWe are heartbroken,\u201D Ann Roe and Bo Lin, the owners of the bakery, said.")]
    public void TwoPeopleJoinedByAnd_BeforeTheVerbOrTheirApposition_AreBothTheSpeaker(string text)
    {
        var q = Quote(text, text.StartsWith('\u201C') ? "We are" : "heartbroken");
        Assert.Equal("Ann Roe and Bo Lin", q.SpeakerMention);
        Assert.Equal("Ann Roe and Bo Lin", q.Speaker);
    }

    [Fact]
    public void They_AfterTwoOrganisationsNamedTogether_IsBoth()
    {
        var text = "Acme Corp. and Volt Labs announced a merger on Monday.\n\n\u201CThis is a great day,\u201D they said in a joint statement.";
        Assert.Equal("Acme Corp. and Volt Labs", Quote(text, "This is a great day").Speaker);
    }

    [Fact]
    public void TwoOrganisationsJoinedByAndAfterThe_AreBothTheSpeaker()
    {
        var q = Quote("The Marlow Ledger and the Dayton Tribune said the mayor had a \u201Crough week.\u201D", "rough week");
        Assert.Equal("Marlow Ledger and Dayton Tribune", q.Speaker);
    }

    [Theory]
    [InlineData("\u201CThe stocks are low,\u201D Fisheries and Oceans Canada said in a statement.", "Fisheries and Oceans Canada")] // not "Oceans Canada"
    [InlineData("\u201CThe program works,\u201D Heart and Stroke senior manager Erin Kim said.", "Erin Kim")] // an "and" inside the organisation
    public void AnAndInsideOneName_LeavesOneSpeaker(string text, string speaker)
    {
        var q = Quote(text, "The ");
        Assert.Equal(speaker, q.Speaker);
    }

    [Fact]
    public void AClauseAfterANameAndComma_IsNoApposition()
    {
        // ", met the council" is a verb and its object: it does not make Bo Lin an organisation
        var q = Quote("The owner, Bo Lin, met the council on Monday.\n\n\u201CIt is over,\u201D Lin said.", "It is over");
        Assert.Equal("Bo Lin", q.Speaker);
    }

    [Fact]
    public void ASentenceAdverbOpeningASentence_IsNoEntity()
    {
        // "Lately, he has …" had made "Lately" someone a later "he" could be, and "Conversely" a person
        var doc = ArticleDocument.Parse("Rubio spoke on Monday. Lately, he has been underscoring his values. Conversely, the mayor rested.");
        var names = DiscourseModel.Build(doc).Entities.Select(e => e.Name).ToList();
        Assert.DoesNotContain("Lately", names);
        Assert.DoesNotContain("Conversely", names);
        Assert.Contains("Rubio", names);
    }

    [Fact]
    public void ASurnameOpeningASentenceBeforeAComma_StaysAName()
    {
        var q = Quote("David Jolly spoke on Monday.\n\nJolly, who was elected in 2014, disagreed.\n\n\u201CThe department matters,\u201D he said.", "The department");
        Assert.Equal("David Jolly", q.Speaker);
    }

    [Theory]
    [InlineData("Critics met on Monday.\n\nThe plan was backed by the Daily Ledger, which wrote that it was \u201Clong overdue for the city.\u201D", "long overdue", "Daily Ledger")]
    [InlineData("Ann Roe and Bo Lin met on Monday.\n\nThe vote was close. Lin sided with Roe, now the council leader, who said the plan was \u201Ca betrayal of voters.\u201D", "a betrayal", "Ann Roe")]
    [InlineData("The rally was loud.\n\nThe plan was attacked by Democrats across the country, who said it was \u201Ca betrayal of workers.\u201D", "a betrayal", "Democrats")]
    public void ARelativePronoun_SpeaksForWhatItStandsFor(string text, string startsWith, string speaker)
    {
        var q = Quote(text, startsWith);
        Assert.Equal(speaker, q.Speaker);
        Assert.Contains("relative-pronoun", q.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void ARelativePronounForPeople_NeverStandsForAThing()
    {
        var q = Quote("The talks ended on Monday.\n\n\u201CNo deal yet,\u201D said one Democrat familiar with the talks, who added that the offer was \u201Cnot serious at all.\u201D", "not serious");
        Assert.NotEqual("the talks", q.Speaker);
    }

    [Fact]
    public void ABareHeadNobodyIsNamedFor_IsShownWithItsWholeDescription()
    {
        const string text = "The hearing was held in Ohio on Monday.\n\nIn an interview, the Democratic presidential candidate stated that the plan was \u201Ca disgrace to the country.\u201D";
        var q = Quote(text, "a disgrace");
        Assert.Equal("the Democratic presidential candidate", q.SpeakerMention);
        Assert.Equal(q.SpeakerMention, text[q.SpeakerStart!.Value..q.SpeakerEnd!.Value]);
        Assert.Equal("the Democratic presidential candidate", q.Speaker);
    }

    [Theory]
    [InlineData("Former US secretary of state Ann Roe said", "Former US secretary of state")]
    [InlineData("Speaker of the House Ann Roe said", "Speaker of the House")]
    [InlineData("Secretary of State Ann Roe said", "Secretary of State")]
    [InlineData("Minister of Finance Ann Roe said", "Minister of Finance")]
    [InlineData("White House Chief of Staff Ann Roe said", "White House Chief of Staff")]
    public void AnOfficeRunsOnOverItsOfPhrase_NeverIntoTheName(string attribution, string role)
    {
        var q = Quote($"The debate was on Monday.\n\n{attribution} the plan was \u201Ca betrayal of voters.\u201D", "a betrayal");
        Assert.Equal("Ann Roe", q.Speaker);
        Assert.Equal(role, q.Role);
    }

    [Theory]
    [InlineData("Bo Lin, in a statement released on Thursday, said", null)]
    [InlineData("Bo Lin, meanwhile, said", null)]
    [InlineData("Bo Lin, when asked about the vote, said", null)]
    [InlineData("Bo Lin, at the Brookings Institution, said", "at the Brookings Institution")]
    [InlineData("Bo Lin, a lawyer in Halifax, said", "a lawyer in Halifax")]
    public void AnAsideBetweenCommas_IsNoRole(string attribution, string? role)
    {
        var q = Quote($"The debate was on Monday.\n\n{attribution} the plan was \u201Ca betrayal of voters.\u201D", "a betrayal");
        Assert.Equal("Bo Lin", q.Speaker);
        Assert.Equal(role, q.Role);
    }

    [Fact]
    public void ARoleLearnedFromTheIntroduction_StartsAfterTheVerbOfWhoeverIntroducedThem()
    {
        var q = Quote("In an interview, President Ann Roe castigated Republican presidential candidate Bo Lin for his remarks.\n\n\u201CThe plan is a betrayal of voters,\u201D Lin said.", "The plan");
        Assert.Equal("Bo Lin", q.Speaker);
        Assert.Equal("Republican presidential candidate", q.Role);
    }

    [Theory]
    [InlineData("Ann Roe and her husband arrived late on Monday.\n\nMr. Roe spoke next.\n\n\u201CIt is about all of us,\u201D Mr. Roe said.", "Ann Roe")]
    [InlineData("David Lin and his wife arrived late on Monday.\n\nMrs. Lin spoke next.\n\n\u201CIt is about all of us,\u201D Mrs. Lin said.", "David Lin")]
    public void ANamesakeOfTheOtherSex_IsSomeoneElse(string text, string namesake)
    {
        var q = Quote(text, "It is about");
        Assert.NotEqual(namesake, q.Speaker);
        Assert.EndsWith(namesake.Split(' ')[^1], q.Speaker, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Velt Sees Hope In Talks.\n\nMayor Velt met the council on Monday.\n\n\u201CWe have waited long enough,\u201D Velt said.", "Velt")]
    [InlineData("Conservative Icon Nora Velt, 80, backs the plan.\n\nThe council met on Monday.\n\n\u201CWe have waited long enough,\u201D Velt said.", "Nora Velt")]
    public void AHeadlineOrADescriptionInTitleCase_GivesNoWordOfItToTheName(string text, string speaker)
    {
        Assert.Equal(speaker, Quote(text, "We have waited").Speaker);
    }

    [Theory]
    [InlineData("Velt Sees \u2018Real Danger\u2019 if Voters Stay Home.\n\nThe council met on Monday.\n\n\u201CWe have waited long enough,\u201D Ms. Velt said.", "Velt")]
    [InlineData("Board Refuses to Disavow Nora Velt Endorsement.\n\nThe board met Sen. Nora Velt on Monday.\n\n\u201CWe have waited long enough,\u201D Velt said.", "Nora Velt")]
    [InlineData("Zorielle Velt: We Will Not Back Down On Housing.\n\nThe council met on Monday.\n\n\u201CWe have waited long enough,\u201D Velt said.", "Zorielle Velt")]
    [InlineData("Zorielle Velt Described Her Years On The Council.\n\nVelt spoke on Monday.\n\n\u201CWe have waited long enough,\u201D she said.", "Zorielle Velt")]
    public void InATitleCaseHeadline_AWordTheBodyNeverCapitalises_IsNoPartOfAName_ButAGivenNameBeforeTheBodysSurnameIs(string text, string speaker)
    {
        Assert.Equal(speaker, Quote(text, "We have waited").Speaker);
    }

    [Fact]
    public void InATitleCaseHeadline_WordsAfterARoleThatTheBodyNeverCapitalises_AreNoPersonAPronounTakes()
    {
        var text = "Valley Pastor Wants Choir Leaders To Quit.\n\nThe church board met on Sunday.\n\n\u201CWe need new voices,\u201D he said.";
        Assert.DoesNotContain("Wants", Quote(text, "We need").Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void AGivenNameOfTheOtherSex_IsSomeoneElse_ThanTheManTheArticleCallsMrBySurname()
    {
        var text = "Mr. Velt spoke at the dinner on Saturday.\n\nThe campaign plans to use Mr. Velt and his wife, Michelle Velt, in the coming weeks.\n\n"
            + "\u201CIt is about all of us,\u201D Mr. Velt said.";
        var q = Quote(text, "It is about");
        Assert.Equal("Mr. Velt", q.SpeakerMention);
        Assert.NotEqual("Michelle Velt", q.Speaker);
    }

    [Theory]
    [InlineData("Mayor Dan Velt met the council on Monday.\n\n\u201CWe have waited long enough,\u201D Mr. Velt said.", "Mayor")]
    [InlineData("Dan Velt met the council on Monday.\n\n\u201CWe have waited long enough,\u201D Mr. Velt said.", null)]
    [InlineData("Dan Velt met the council on Monday. Should Mr. Velt's company fail, workers would lose.\n\n\u201CWe have waited long enough,\u201D he said.", null)]
    public void ACourtesyTitle_IsNoRole_TheRoleComesFromAnotherMention(string text, string? role)
    {
        var q = Quote(text, "We have waited");
        Assert.Equal("Dan Velt", q.Speaker);
        Assert.Equal(role, q.Role);
    }

    [Theory]
    [InlineData("Dan Velt spoke on Monday. The federal judge Velt was referring to is Ann Roe.", "federal judge")]
    [InlineData("Dan Velt spoke on Monday. Roe is the most able candidate Velt argues.", "able candidate")]
    public void ARoleAfterAnArticleBeforeTheBareSurnameOfSomeoneNamedInFull_IsAnotherNoun_NotTheirRole(string opening, string notRole)
    {
        var q = Quote(opening + "\n\n\u201CWe need new rules,\u201D Velt said.", "We need");
        Assert.Equal("Dan Velt", q.Speaker);
        Assert.NotEqual(notRole, q.Role);
    }

    [Fact]
    public void APhotoCaptionsLabel_IsNoPartOfTheRoleAfterIt()
    {
        var text = "Open this photo in gallery Canadian boccia player Ann Velt competes in Lima. Jo Smith/The Canadian Press\n\n"
            + "\u201CI want that medal,\u201D Velt said.";
        var q = Quote(text, "I want");
        Assert.Equal("Ann Velt", q.Speaker);
        Assert.Equal("Canadian boccia player", q.Role);
    }

    [Theory]
    [InlineData("The Democratic presidential candidate")]
    [InlineData("The Republican presidential nominee")]
    public void ADescriptionWithCapitalisedAndLowerCaseModifiers_IsResolvedWhole_ToThePersonInView(string description)
    {
        var text = "Ann Velt has a word for the plan to close the mill: no.\n\n" + description + " blasted the plan on Wednesday, calling it \u201Cabsurd.\u201D";
        var q = Quote(text, "absurd");
        Assert.Equal(description, q.SpeakerMention);
        Assert.Equal("Ann Velt", q.Speaker);
    }

    [Fact]
    public void APartyWordBeforeAnOrganisationsType_DescribesTheOrganisation_NotAPerson()
    {
        var text = "Ann Velt spoke to the delegates on Monday.\n\nThe Democrat convention committee said the rules were \u201Cfinal and binding.\u201D";
        Assert.NotEqual("Ann Velt", Quote(text, "final and binding").Speaker);
    }

    [Theory]
    [InlineData("Ann Roe singled out Velt campaign manager Bo Lin on Monday.", "Velt campaign manager")]
    [InlineData("Voters rejected Republican candidate Bo Lin on Monday.", "Republican candidate")]
    [InlineData("Ann Roe hoped to defeat Republican candidate Bo Lin on Monday.", "Republican candidate")]
    [InlineData("Ann Roe spoke to campaign manager Bo Lin on Monday.", "campaign manager")]
    public void AVerbBeforeARoleAndName_IsNoPartOfTheRole(string opening, string role)
    {
        var q = Quote(opening + "\n\n\u201CWe are ready,\u201D Lin said.", "We are ready");
        Assert.Equal("Bo Lin", q.Speaker);
        Assert.Equal(role, q.Role);
    }

    [Fact]
    public void APronounAfterABareSurname_TellsNamesakesOfEachSexApart()
    {
        var text = "Candidate Ann Velt will not be happy about the video. It features her husband, former Mayor Dan Velt.\n\n"
            + "Velt is already facing criticism for her comments on Monday. \u201CI will not apologise,\u201D Velt said.";
        Assert.Equal("Ann Velt", Quote(text, "I will not").Speaker);
        var his = "Candidate Ann Velt will not be happy about the video. It features her husband, former Mayor Dan Velt.\n\n"
            + "Velt arrived at the gym, where he met the mayor. \u201CI will not apologise,\u201D Velt said.";
        Assert.Equal("Dan Velt", Quote(his, "I will not").Speaker);
    }

    [Fact]
    public void ATitleAndNameAfterAWordNoNameHas_AreStillAPerson()
    {
        var text = "Judicial Watch President Dan Velt said the emails were released on Friday.\n\n\u201CThis is a scandal,\u201D Velt said.";
        Assert.Equal("Dan Velt", Quote(text, "This is a scandal").Speaker);
    }

    [Fact]
    public void ADescriptorWordThatIsSomeonesSurname_SpeaksAsThatPerson()
    {
        var text = "If you were concerned about Zorin Green's future after the news, relax.\n\n\u201CIt did not take me long to get a job,\u201D quipped Green.";
        Assert.Equal("Zorin Green", Quote(text, "It did not take").Speaker);
    }

    [Theory]
    [InlineData("\u201CWe have waited long enough,\u201D King said.")]
    [InlineData("\u201CWe have waited long enough,\u201D Mr. King added.")]
    public void ATitleWordAfterAGivenName_IsASurname_AndAloneLaterTheSamePerson(string quote)
    {
        var q = Quote("Dale King, a prominent organiser, spoke to the council on Monday.\n\n" + quote, "We have waited");
        Assert.Equal("Dale King", q.Speaker);
        Assert.Null(q.Role);
    }

    [Theory]
    [InlineData("The Velt campaign")]
    [InlineData("The Ann Velt campaign")]
    public void ANameBetweenTheAndAnOrganisationsType_NamesItsOwner(string mention)
    {
        var q = Quote("Ann Velt spoke in Ohio on Monday.\n\n" + mention + " said the ad was \u201Ca lie from start to finish.\u201D", "a lie");
        Assert.Equal(mention, q.SpeakerMention);
        Assert.Equal("Ann Velt's campaign", q.Speaker);
    }

    [Theory]
    [InlineData("The Daily Ledger", "Daily Ledger")]
    [InlineData("The Velt Chronicle", "Velt Chronicle")]
    public void ThePaperOrTheNewspaper_IsTheNewspaperTheArticleNamed(string paper, string speaker)
    {
        var text = paper + " claims the mayor is wrong about the budget.\n\nAccording to the newspaper, \u201Cthe city is broke and knows it.\u201D";
        Assert.Equal(speaker, Quote(text, "the city is broke").Speaker);
    }

    [Fact]
    public void ANamedThingAfterThe_IsNoOneABareSurnameCouldBe()
    {
        var q = Quote("The Velt Express rolled into town on Monday.\n\nVelt told the crowd the race was \u201Cours to lose.\u201D", "ours to lose");
        Assert.Equal("Velt", q.Speaker);
    }

    [Fact]
    public void AnAdverbOpeningASentence_IsNoPartOfTheNameAfterIt()
    {
        var doc = ArticleDocument.Parse("Maybe Velt is right about the plan. Critics disagree.");
        var names = DiscourseModel.Build(doc).Entities.Select(e => e.Name).ToList();
        Assert.DoesNotContain("Maybe Velt", names);
    }

    [Fact]
    public void AnOfficeWithAPlaceTheArticleNeverGave_IsTheOfficeHoldersInView()
    {
        var text = "Mayor Dan Kovac spoke first. Sen. Ann Roe responded, ripping into the plan.\n\nThe Oregon senator said the plan was \u201Ca disaster.\u201D";
        Assert.Equal("Ann Roe", Quote(text, "a disaster").Speaker);
    }

    [Fact]
    public void AnOfficeWithAnotherPlace_IsNotThatHolders()
    {
        var text = "Mayor Dan Kovac spoke first. Sen. Ann Roe of Texas responded, ripping into the plan.\n\nThe Oregon senator said the plan was \u201Ca disaster.\u201D";
        Assert.NotEqual("Ann Roe", Quote(text, "a disaster").Speaker);
    }

    [Fact]
    public void AShowNamedWithThe_IsNoOneADescriptionCouldBe()
    {
        var text = "The debate is Tuesday.\n\nAppearing on Meet the Nation, the GOP front-runner said the polls were \u201Cway off.\u201D";
        Assert.NotEqual("Nation", Quote(text, "way off").Speaker);
    }

    [Fact]
    public void ATimeZoneAnAdverbOrACompoundModifier_IsNoEntity()
    {
        var doc = ArticleDocument.Parse("The memo arrived at 10 a.m. EST on Monday. Rather, the GOP-led committee waited. Mayor Dan Kovac said nothing.");
        var kinds = DiscourseModel.Build(doc).Entities.Where(e => e.Kind is EntityKind.Person or EntityKind.Organisation).Select(e => e.Name).ToList();
        Assert.DoesNotContain("EST", kinds);
        Assert.DoesNotContain("Rather", kinds);
        Assert.DoesNotContain("GOP-led", kinds);
        Assert.Contains("Dan Kovac", kinds);
    }

    [Fact]
    public void ANameBeforeTheNounItModifies_StaysAPersonTheSurnameCanName()
    {
        // "the Velt campaign" had counted as "the Kremlin" does, making Velt an organisation every later "Velt" named
        var text = "Nora Velt toured Ohio on Monday. The Velt campaign released a plan.\n\n\u201CWe are ready,\u201D Velt said.";
        Assert.Equal("Nora Velt", Quote(text, "We are ready").Speaker);
    }

    [Fact]
    public void ASourceSetIntoASentenceAboutSomeone_IsNoApposition()
    {
        var text = "The race tightened.\n\nVelt, a top aide said, \u201Cis very confident\u201D about the debate.";
        var q = Quote(text, "is very confident");
        Assert.Equal("a top aide", q.SpeakerMention);
        Assert.NotEqual("Velt", q.Speaker);
    }

    [Fact]
    public void ItNeverStandsForATownKnownOnlyFromTheText()
    {
        var q = Quote("Delegates met in Dornhal, Libya, on Monday. The talks in Dornhal ran late.\n\n\u201CThe meeting was useful,\u201D it said.", "The meeting");
        Assert.NotEqual("Dornhal", q.Speaker);
    }

    [Fact]
    public void AnOrganisationNamedAfterACompoundModifier_IsNamedWithoutIt()
    {
        var doc = ArticleDocument.Parse("The report faulted the Ann Roe-run Harbor Authority on Monday.");
        var names = DiscourseModel.Build(doc).Entities.Select(e => e.Name).ToList();
        Assert.Contains("Harbor Authority", names);
    }

    [Theory]
    [InlineData("Sen. Nora Velt spoke on Monday. The toughest blows came from the Velt and Roe camps.\n\n\u201CWe are ready,\u201D Velt said.")]
    [InlineData("Sen. Nora Velt spoke on Monday. Velt said it was \u201Cabsolutely clear\u201D that the plan had failed.\n\n\u201CWe are ready,\u201D Velt said.")]
    public void ASurnameModifyingCampsOrBeforeAnExpletiveIt_StaysThePerson(string text)
    {
        Assert.Equal("Nora Velt", Quote(text, "We are ready").Speaker);
    }

    [Fact]
    public void ABareSurnameAfterAFullName_StaysThePersonWhateverTheWordModifiedBefore()
    {
        var text = "Sen. Nora Velt spoke on Monday. The Velt comments drew fire, and Velt University closed.\n\n\u201CWe are ready,\u201D Velt said.";
        Assert.Equal("Nora Velt", Quote(text, "We are ready").Speaker);
    }

    [Fact]
    public void APaperNamedForItsCity_IsAnOrganisation()
    {
        var doc = ArticleDocument.Parse("The New York Times reported the plan on Monday, as did the Boston Post.");
        var orgs = DiscourseModel.Build(doc).Entities.Where(e => e.Kind == EntityKind.Organisation).Select(e => e.Name).ToList();
        Assert.Contains("New York Times", orgs);
        Assert.Contains("Boston Post", orgs);
    }

    [Fact]
    public void AGivenNameBeforeAnInstitutionsHead_NamesTheInstitution()
    {
        var doc = ArticleDocument.Parse("Donors gave to the Clinton Foundation and to Lincoln University on Monday.");
        var orgs = DiscourseModel.Build(doc).Entities.Where(e => e.Kind == EntityKind.Organisation).Select(e => e.Name).ToList();
        Assert.Contains("Clinton Foundation", orgs);
        Assert.Contains("Lincoln University", orgs);
    }

    [Fact]
    public void ASurnameSayingItMeans_IsStillThePerson()
    {
        var text = "Nora Velt spoke on Monday.\n\nVelt says it means the plan failed.\n\n\u201CWe are ready,\u201D Velt said.";
        Assert.Equal("Nora Velt", Quote(text, "We are ready").Speaker);
    }

    [Fact]
    public void ASurnameThatIsAlsoACountry_IsThePersonTheArticleNamed()
    {
        var text = "Rep. Dan Jordan spoke on Monday.\n\n\u201CThey got a deal,\u201D Jordan said.";
        Assert.Equal("Dan Jordan", Quote(text, "They got a deal").Speaker);
    }

    [Fact]
    public void APhraseAfterANameAndACommaThatSpeaks_IsNoApposition()
    {
        var text = "Nora Velt was charged on Monday. In a statement defending Velt, the Roe campaign said she would fight.\n\n\u201CWe are ready,\u201D Velt said.";
        Assert.Equal("Nora Velt", Quote(text, "We are ready").Speaker);
    }

    [Fact]
    public void APapersLastWord_IsThePaperNamedInFull()
    {
        var q = Quote("The Springfield Gazette obtained the memo on Monday.\n\n\u201CThe plan was never costed,\u201D the Gazette reported.", "The plan was never");
        Assert.Equal("Springfield Gazette", q.Speaker);
    }

    [Fact]
    public void AParticiplesClauseAfterAName_IsNoApposition()
    {
        var text = "Nora Velt spoke on Monday. Some delegates voiced their opposition to Velt, underscoring party divisions.\n\n\u201CWe are ready,\u201D Velt said.";
        Assert.Equal("Nora Velt", Quote(text, "We are ready").Speaker);
    }

    [Fact]
    public void ASexedNounBeforeTheName_OutweighsWhatTheGivenNameSuggests()
    {
        var text = "President Obama vetoed the bill on Friday.\n\n\u201CThe reasons do not hold,\u201D said 9/11 widow Terry Strada.\n\nShe continued, \u201CWe are tired of waiting.\u201D";
        Assert.Equal("Terry Strada", Quote(text, "We are tired").Speaker);
    }

    [Fact]
    public void ATitleBeforeTheName_DoesNotOutweighTheGivenName()
    {
        var text = "Mayor Dan Kovac backed the plan on Friday. Campaign spokesman Hope Velt confirmed it.\n\n\u201CWe are grateful,\u201D she said.";
        Assert.Equal("Hope Velt", Quote(text, "We are grateful").Speaker);
    }

    [Fact]
    public void WhoseAndARole_DescribeSomeoneElse()
    {
        var text = "Dora Velt, whose husband, Navy SEAL Ty Velt, was killed, spoke on Monday.\n\n\u201CI will not forget,\u201D she said.";
        Assert.Equal("Dora Velt", Quote(text, "I will not forget").Speaker);
    }

    [Theory]
    [InlineData("New Mexico Gov. Dan Kovac endorsed the plan on Friday.\n\n\u201CIt is a good day,\u201D the New Mexico governor said.", "Dan Kovac")]
    [InlineData("Sen. Nora Velt (I-Vt.) endorsed the plan on Friday.\n\n\u201CIt is a good day,\u201D the independent Vermont senator said.", "Nora Velt")]
    public void ADescriptionWithAPlaceBeforeItsHead_IsThePersonIntroducedSo(string text, string speaker)
    {
        Assert.Equal(speaker, Quote(text, "It is a good day").Speaker);
    }

    [Fact]
    public void ANameEndingInAGeneration_IsANameThatKeepsIt()
    {
        var q = Quote("The panel met on Friday.\n\n\u201CIt is a long day,\u201D Dan R. Kovac III wrote.", "It is a long day");
        Assert.Equal("Dan R. Kovac III", q.Speaker);
        Assert.Contains("name-cluster", q.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void ANameBeforeTheSubjectOfTheNextClause_IsNoApposition()
    {
        var doc = ArticleDocument.Parse("Retired Gen. Dan Kovac is speaking out.\n\n\u201CWe are paying ransom,\u201D he said.\n\nAccording to Kovac, the current administration has shuffled through its generals.");
        Assert.DoesNotContain(DiscourseModel.Build(doc).Entities, e => e.Name == "Kovac" && e.Kind == EntityKind.Organisation);
    }

    [Theory]
    [InlineData("the two")]
    [InlineData("the pair")]
    [InlineData("the couple")]
    public void ACountedDescription_IsTheGroupOfThatManyNamedTogether(string description)
    {
        var text = "Ann Roe and Bo Lin sent a letter to the director on Monday. Cal Berg did not sign it.\n\n"
            + $"\u201CWe do not understand the delay,\u201D {description} wrote.";
        var q = Quote(text, "We do not");
        Assert.Equal(description, q.SpeakerMention);
        Assert.Equal("Ann Roe and Bo Lin", q.Speaker);
    }

    [Fact]
    public void BothStandingAlone_IsTheGroupOfTwo_BothBeforeANounIsNot()
    {
        var text = "Ann Roe and Bo Lin sent a letter to the director on Monday.\n\nBoth said, \u201CWe want answers.\u201D\n\n"
            + "Both parties said, \u201CThe vote can wait.\u201D";
        Assert.Equal("Ann Roe and Bo Lin", Quote(text, "We want").Speaker);
        Assert.NotEqual("Ann Roe and Bo Lin", Quote(text, "The vote").Speaker);
    }

    [Fact]
    public void ACountedDescription_WithNoGroupOfThatSize_IsNotResolvedToOne()
    {
        var text = "Ann Roe and Bo Lin sent a letter to the director on Monday.\n\n\u201CWe do not understand the delay,\u201D the three wrote.";
        Assert.NotEqual("Ann Roe and Bo Lin", Quote(text, "We do not").Speaker);
    }

    [Fact]
    public void APossessorsDocument_IsThePossessors_NotThePlatformNamedInIt()
    {
        var q = Quote("Ann Roe endorsed Bo Lin on Tuesday.\n\n\u201CWe must move past this,\u201D Roe\u2019s Facebook post said.", "We must");
        Assert.Equal("Ann Roe", q.Speaker);
    }
}
