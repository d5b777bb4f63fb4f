namespace GraphExplorer.Contract.Tests.SeedFacts;

public sealed class CopiedWordsTests
{
    private const string Document = "U.S. President Trump signed an executive order on Monday to postpone for 75 days a ban on the short video app.";

    [Fact]
    public void Eight_words_in_a_row_from_the_document_are_found()
    {
        new CopiedWords(Document, 8).FirstCopiedRun("We note that President Trump signed an executive order on Monday to act.")
            .ShouldBe("president trump signed an executive order on monday");
    }

    [Fact]
    public void Seven_words_in_a_row_are_not_a_copy()
    {
        new CopiedWords(Document, 8).FirstCopiedRun("Trump signed an executive order on Monday, and then left.").ShouldBeNull();
    }

    [Fact]
    public void Case_punctuation_and_apostrophes_do_not_hide_a_copy()
    {
        var copied = new CopiedWords("TikTok’s future in the United States is, for now, in doubt.", 8);

        copied.FirstCopiedRun("tiktoks FUTURE in the united-states is for now").ShouldBe("tiktoks future in the united states is for");
    }

    [Fact]
    public void Words_are_lower_case_runs_of_letters_and_digits()
    {
        CopiedWords.Words("ByteDance's $20.6 billion – U.S.").ShouldBe(["bytedances", "20", "6", "billion", "u", "s"]);
    }
}
