// Documents: the article we hold, the reports it cites, and its "See also" list.
//
// The article is a machine translation of a Reuters report. Its date is Thursday 2025-01-23:
// it says ByteDance and others "did not respond to requests for comment on Thursday
// (January 23)", and its closing note says text was added "On January 23, 2025". Every
// relative date in the seed ("Monday", "last week", "last year") is resolved against it.

// The text carries no headline; the title below is written from its first sentence.
MERGE (n:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'})
SET n:Document, n += {
  name: 'ByteDance to spend more than 150 billion yuan on capital expenditure in 2025, mainly on AI',
  title: 'ByteDance to spend more than 150 billion yuan on capital expenditure in 2025, mainly on AI',
  aliases: [],
  nameBasis: 'implied', nameBasisNote: 'A title we wrote from the first sentence: the text has no headline.',
  description: 'Reuters report, machine-translated, on ByteDance planning 2025 capital spending mostly on AI and on its access to Nvidia chips under U.S. export rules.',
  publisher: 'Reuters', publisherBasis: 'implied', publisherBasisNote: 'The text ends with a credit to Reuters and says its sources spoke to Reuters.',
  publishedOn: date('2025-01-23'), publishedOnPrecision: 'day',
  publishedOnBasis: 'implied', publishedOnBasisNote: 'The text asked for comment on Thursday, January 23, and notes additions made on January 23, 2025.',
  updatedOn: date('2025-01-23'), updatedOnPrecision: 'day',
  updateNote: 'On 2025-01-23 text and links were added to explain how ByteDance uses Nvidia chips in data centres.',
  titleSource: 'written by us: the text has no headline',
  language: 'en (machine translation)', languageBasis: 'implied',
  languageBasisNote: 'The English reads as a machine translation: Cambrian for Cambricon, Bitbeat for ByteDance, run-on sentences.'
};

// Reports the article cites. We do not hold them: what they say reaches the graph through
// the article, so edges built from them carry source = the article and citedSource = these ids.

// "On Tuesday, the Financial Times reported ...": Tuesday before Thursday 2025-01-23 is 2025-01-21.
MERGE (n:Entity {id: 'doc-ft-2025-01-21-bytedance-ai-infrastructure'})
SET n:Document, n += {
  nameBasis: 'implied', nameBasisNote: 'A title we wrote: the article does not give the report\'s title.',
  name: "Financial Times report on ByteDance's $12 billion AI infrastructure plan",
  title: "Financial Times report on ByteDance's $12 billion AI infrastructure plan",
  aliases: [],
  description: 'Financial Times report, cited by the Reuters article, that ByteDance plans to invest $12 billion in AI infrastructure; title written by us.',
  publisher: 'Financial Times',
  publishedOn: date('2025-01-21'), publishedOnPrecision: 'day',
  titleSource: 'written by us: the article does not give the title'
};

// "In December last year, The Information reported ...": December 2024. Only the month is
// known, so publishedOn is the first of the month and publishedOnPrecision says so.
MERGE (n:Entity {id: 'doc-the-information-2024-12-bytedance-nvidia-chips'})
SET n:Document, n += {
  nameBasis: 'implied', nameBasisNote: 'A title we wrote: the article does not give the report\'s title. It writes Nvidia as the buyer, which we read as ByteDance.',
  name: "The Information report on ByteDance's $7 billion Nvidia chip purchase plan",
  title: "The Information report on ByteDance's $7 billion Nvidia chip purchase plan",
  aliases: [],
  description: 'The Information report of December 2024, cited by the Reuters article, on a $7 billion purchase of Nvidia chips outside China, which we read as ByteDance\'s.',
  descriptionBasis: 'implied', descriptionBasisNote: 'The article writes Nvidia as the buyer; that the purchase is ByteDance\'s is our reading.',
  publisher: 'The Information',
  publishedOn: date('2024-12-01'),
  publishedOnPrecision: 'month',
  titleSource: 'written by us: the article does not give the title'
};

// "According to a Reuters report in September": September 2024, the last September before the article.
MERGE (n:Entity {id: 'doc-reuters-2024-09-bytedance-h20'})
SET n:Document, n += {
  nameBasis: 'implied', nameBasisNote: 'A title we wrote: the article does not give the report\'s title.',
  name: "Reuters report on ByteDance as the biggest buyer of Nvidia's H20",
  title: "Reuters report on ByteDance as the biggest buyer of Nvidia's H20",
  aliases: [],
  description: "Reuters report of September 2024, cited by the article on Nvidia's H20 chip, tailor-made to deal with restrictions on chips for China; we read it as also the source of ByteDance being the chip's biggest buyer.",
  descriptionBasis: 'implied', descriptionBasisNote: 'The article runs two sentences together; that the report is also the source of the biggest-buyer claim is our reading.',
  publisher: 'Reuters',
  publishedOn: date('2024-09-01'),
  publishedOnPrecision: 'month',
  titleSource: 'written by us: the article does not give the title'
};

// "the South China Morning Post reported on January 21": 2025-01-21.
MERGE (n:Entity {id: 'doc-scmp-2025-01-21-china-softens-tiktok-stance'})
SET n:Document, n += {
  nameBasis: 'implied', nameBasisNote: 'A title we wrote: the article gives only its own subheading for the report.',
  name: "South China Morning Post report on China softening its stance on TikTok's fate",
  title: "South China Morning Post report on China softening its stance on TikTok's fate",
  aliases: ['China softens attitude towards TikTok sales'],
  impliedAliases: ['China softens attitude towards TikTok sales'],
  aliasesBasisNote: 'The article heads its summary of the report with these words; that they are the report\'s own headline is not said.',
  description: 'South China Morning Post report, cited by the article, that Chinese authorities seem to be softening their stance on TikTok\'s fate; the article heads its summary "China softens attitude towards TikTok sales".',
  publisher: 'South China Morning Post',
  publishedOn: date('2025-01-21'), publishedOnPrecision: 'day',
  titleSource: 'written by us: the article gives only its own subheading'
};

// "... 75 million monthly active users, according to QuestMobile." No date is given.
MERGE (n:Entity {id: 'doc-questmobile-doubao-mau'})
SET n:Document, n += {
  nameBasis: 'implied', nameBasisNote: 'A title we wrote: the article names only the data provider.',
  name: 'QuestMobile figures on Doubao monthly active users',
  title: 'QuestMobile figures on Doubao monthly active users',
  aliases: [],
  description: 'Figures from QuestMobile, cited by the article, giving Doubao 75 million monthly active users; their date is not given.',
  publisher: 'QuestMobile', publisherBasis: 'implied', publisherBasisNote: 'The article gives the figure as according to QuestMobile.',
  titleSource: 'written by us: the article names only the data provider'
};

// "See also": titles exactly as the article gives them. Their publishers and dates are not
// given (except the New York Post one), so publisher and publishedOn are left out.

// "minimum" is most likely the translation's word for "de minimis", the U.S. duty exemption for
// low-value parcels (background knowledge): a marked alias, and not in the description.
MERGE (n:Entity {id: 'doc-trump-credited-closing-trade-loopholes-china'})
SET n:Document, n += {
  name: "Trump credited with closing 'minimum' trade loopholes with China",
  title: "Trump credited with closing 'minimum' trade loopholes with China",
  aliases: ["Trump credited with closing 'de minimis' trade loopholes with China"],
  outsideAliases: ["Trump credited with closing 'de minimis' trade loopholes with China"],
  aliasesBasisNote: 'Background knowledge: "minimum" most likely renders "de minimis", the U.S. duty exemption for low-value parcels.',
  description: 'Article listed under "See also" in the body of the Reuters report.',
  listedAs: 'see also'
};

MERGE (n:Entity {id: 'doc-biden-restricts-access-ai-chips'})
SET n:Document, n += {
  name: "Biden restricts U.S. companies and allies' access to artificial intelligence chips",
  title: "Biden restricts U.S. companies and allies' access to artificial intelligence chips",
  aliases: [],
  description: 'Article listed under "See also" at the end of the Reuters report.',
  listedAs: 'see also'
};

MERGE (n:Entity {id: 'doc-us-rules-restrict-investment-chinese-chips'})
SET n:Document, n += {
  name: 'U.S. rules restrict investment in Chinese chips, quantum and artificial intelligence',
  title: 'U.S. rules restrict investment in Chinese chips, quantum and artificial intelligence',
  aliases: [],
  description: 'Article listed under "See also" at the end of the Reuters report.',
  listedAs: 'see also'
};

MERGE (n:Entity {id: 'doc-china-says-us-investment-ban-detrimental'})
SET n:Document, n += {
  name: 'China says U.S. investment ban is detrimental to artificial intelligence industry',
  title: 'China says U.S. investment ban is detrimental to artificial intelligence industry',
  aliases: [],
  description: 'Article listed under "See also" at the end of the Reuters report.',
  listedAs: 'see also'
};

MERGE (n:Entity {id: 'doc-bytedance-prefers-shut-down-tiktok'})
SET n:Document, n += {
  name: 'ByteDance “prefers to shut down TikTok in the US” if legal fight fails',
  title: 'ByteDance “prefers to shut down TikTok in the US” if legal fight fails',
  aliases: [],
  description: 'Article listed under "See also" at the end of the Reuters report.',
  listedAs: 'see also'
};

MERGE (n:Entity {id: 'doc-us-says-tiktok-sale-security-not-speech'})
SET n:Document, n += {
  name: 'The United States says the forced sale of TikTok is for security rather than free speech',
  title: 'The United States says the forced sale of TikTok is for security rather than free speech',
  aliases: [],
  description: 'Article listed under "See also" at the end of the Reuters report.',
  listedAs: 'see also'
};

MERGE (n:Entity {id: 'doc-china-wont-allow-tiktok-spinoff'})
SET n:Document, n += {
  name: '‘China won’t allow it’: TikTok compares spinoff to chip ban',
  title: '‘China won’t allow it’: TikTok compares spinoff to chip ban',
  aliases: ["'China won't allow it': TikTok compares spinoff to chip ban"],
  impliedAliases: ["'China won't allow it': TikTok compares spinoff to chip ban"],
  aliasesBasisNote: 'The same title written with plain quotes, so a search typed on a keyboard finds it.',
  description: 'Article listed under "See also" at the end of the Reuters report.',
  listedAs: 'see also'
};

// The only "See also" item whose publisher is given: the line ends "– New York Post".
MERGE (n:Entity {id: 'doc-nypost-trump-never-ban-tiktok'})
SET n:Document, n += {
  name: 'Trump says he will ‘never ban TikTok’ if elected',
  title: 'Trump says he will ‘never ban TikTok’ if elected',
  aliases: ['Trump says he will ‘never ban TikTok’ if elected – New York Post', "Trump says he will 'never ban TikTok' if elected"],
  impliedAliases: ["Trump says he will 'never ban TikTok' if elected"],
  aliasesBasisNote: 'The same title written with plain quotes, so a search typed on a keyboard finds it.',
  description: 'Article listed under "See also" at the end of the Reuters report, its line ending with the New York Post.',
  publisher: 'New York Post', publisherBasis: 'implied', publisherBasisNote: 'Its See also line ends with New York Post, which we read as its publisher.',
  listedAs: 'see also'
};

MERGE (n:Entity {id: 'doc-tiktok-us-legal-crackdown-children'})
SET n:Document, n += {
  name: "TikTok comes under U.S. legal crackdown for 'harmful' impact on children",
  title: "TikTok comes under U.S. legal crackdown for 'harmful' impact on children",
  aliases: [],
  description: 'Article listed under "See also" at the end of the Reuters report.',
  listedAs: 'see also'
};

MERGE (n:Entity {id: 'doc-gen-z-wish-tiktok-never-invented'})
SET n:Document, n += {
  name: 'U.S. polls show that nearly half of Generation Z wish TikTok had never been invented',
  title: 'U.S. polls show that nearly half of Generation Z wish TikTok had never been invented',
  aliases: [],
  description: 'Article listed under "See also" at the end of the Reuters report.',
  listedAs: 'see also'
};

MERGE (n:Entity {id: 'doc-nvidia-china-chips-priced-near-huawei'})
SET n:Document, n += {
  name: 'Nvidia’s new artificial intelligence chips for China are priced close to Huawei alternatives',
  title: 'Nvidia’s new artificial intelligence chips for China are priced close to Huawei alternatives',
  aliases: ["Nvidia's new artificial intelligence chips for China are priced close to Huawei alternatives"],
  impliedAliases: ["Nvidia's new artificial intelligence chips for China are priced close to Huawei alternatives"],
  aliasesBasisNote: 'The same title written with plain quotes, so a search typed on a keyboard finds it.',
  description: 'Article listed under "See also" at the end of the Reuters report.',
  listedAs: 'see also'
};
