// Entities named by the Reuters article of 2025-01-23 (doc-reuters-2025-01-23-bytedance-ai-capex).
// Figures follow docs/graph-model.md: <figure>Amount, Unit, Year, Qualifier, Source, Basis (and
// CitedSource when the article attributes the figure to another report). What the article does not
// state is marked: a name, description or property with <property>Basis 'implied' or 'outside' and
// <property>BasisNote; aliases in impliedAliases or outsideAliases, with aliasesBasisNote.

// ---------------------------------------------------------------- companies

// "Bitbeat" (in "Bitbeat is already the biggest buyer Nvidia's H20 AI chip") is the
// translation's slip for ByteDance: the sentence goes on about "the TikTok owner".
// "this year" in the first sentence is 2025, the year of the article.
MERGE (n:Entity {id: 'bytedance'})
SET n:Company, n += {
  name: 'ByteDance',
  aliases: ['Bitbeat', 'TikTok owner'],
  description: 'Beijing-based Chinese technology company that owns TikTok and runs more than 15 AI apps, including the Doubao chatbot.',
  country: 'China',
  headquarters: 'Beijing',
  listed: false, listedBasis: 'implied', listedBasisNote: 'The article calls ByteDance a private company.',
  privateCompany: true,
  disclosesFinancials: false,
  ipoPlanned: true,
  ipoRisk: 'a forced TikTok sale could upset its plans to go public',
  domesticAiPosition: 'leading',
  aiPositionEarly2024: 'laggard',
  overseasCounterparts: 'made overseas versions of its largest apps, unlike its domestic rivals',
  situation: 'in trouble, with the future of TikTok in the United States in doubt',
  capex2025Amount: 150000000000, capex2025Unit: 'CNY', capex2025Year: 2025, capex2025Qualifier: 'more than',
  capex2025Source: 'doc-reuters-2025-01-23-bytedance-ai-capex', capex2025Basis: 'stated',
  capex2025Status: 'expected',
  capex2025Attribution: 'two sources who spoke to Reuters', capex2025AttributionBasis: 'implied',
  capex2025AttributionBasisNote: 'The article names the two sources in the sentence on the overseas half; we take them as the source of the whole plan.',
  capex2025Purpose: 'mainly artificial intelligence',
  capex2025Aims: ['defend its lead in domestic AI', 'strengthen its AI products abroad'],
  capex2025Comparison: 'modest beside the U.S. tech giants; how it compares with earlier years is unclear, as ByteDance discloses no financial details',
  capex2025UsdAmount: 20600000000, capex2025UsdUnit: 'USD', capex2025UsdYear: 2025, capex2025UsdQualifier: 'more than',
  capex2025UsdSource: 'doc-reuters-2025-01-23-bytedance-ai-capex', capex2025UsdBasis: 'stated',
  overseasCapexShare2025Amount: 50, overseasCapexShare2025Unit: 'percent', overseasCapexShare2025Year: 2025,
  overseasCapexShare2025Source: 'doc-reuters-2025-01-23-bytedance-ai-capex', overseasCapexShare2025Basis: 'stated',
  overseasCapexShare2025Attribution: 'two sources who spoke to Reuters',
  overseasCapexShare2025Purpose: 'AI infrastructure abroad, for example data centres and networking gear',
  aiAppsAmount: 15, aiAppsUnit: 'apps', aiAppsKind: 'independent AI applications', aiAppsYear: 2025, aiAppsQualifier: 'more than',
  aiAppsSource: 'doc-reuters-2025-01-23-bytedance-ai-capex', aiAppsBasis: 'stated',
  aiAppsComparison: 'more than rivals such as Baidu and Tencent Holdings',
  valuationAmount: 300000000000, valuationUnit: 'USD',
  valuationSource: 'doc-reuters-2025-01-23-bytedance-ai-capex', valuationBasis: 'stated',
  valuationSetBy: 'ByteDance itself, in a recent share buyback',
  aiInfrastructurePlanAmount: 12000000000, aiInfrastructurePlanUnit: 'USD',
  aiInfrastructurePlanSource: 'doc-reuters-2025-01-23-bytedance-ai-capex', aiInfrastructurePlanBasis: 'stated',
  aiInfrastructurePlanCitedSource: 'doc-ft-2025-01-21-bytedance-ai-infrastructure',
  // "Nvidia planned to spend $7 billion to purchase Nvidia semiconductors" is a slip: the
  // buyer is ByteDance (Nvidia does not buy its own chips); see nvidia-supplies-bytedance-7bn-plan.
  nvidiaChipPurchasePlanAmount: 7000000000, nvidiaChipPurchasePlanUnit: 'USD',
  nvidiaChipPurchasePlanSource: 'doc-reuters-2025-01-23-bytedance-ai-capex',
  nvidiaChipPurchasePlanCitedSource: 'doc-the-information-2024-12-bytedance-nvidia-chips',
  nvidiaChipPurchasePlanBasis: 'implied',
  nvidiaChipPurchasePlanBasisNote: 'The article gives the $7 billion as Nvidia planning to buy Nvidia chips; a chipmaker does not buy its own chips and the paragraph is about ByteDance, so the buyer is ByteDance.',
  nvidiaChipPurchasePlanWhere: 'outside China'
};

MERGE (n:Entity {id: 'huawei-technologies'})
SET n:Company, n += {
  name: 'Huawei Technologies',
  aliases: ['Huawei Technologies Co Ltd', 'Huawei'],
  description: 'Chipmaker named as one of the main beneficiaries of ByteDance 2025 AI spending.'
};

// "Cambrian Technologies Inc" / "Cambrian" is the translation's slip for Cambricon
// Technologies (寒武纪, Hanwuji, literally "Cambrian period"), the Chinese AI chip designer.
MERGE (n:Entity {id: 'cambricon-technologies'})
SET n:Company, n += {
  name: 'Cambricon Technologies',
  aliases: ['Cambrian Technologies Inc', 'Cambrian', 'Cambricon'],
  outsideAliases: ['Cambricon'],
  aliasesBasisNote: 'The article writes Cambrian; that Cambricon is meant is background knowledge (see nameBasisNote).',
  nameBasis: 'outside',
  nameBasisNote: 'The article writes "Cambrian Technologies Inc", a chipmaker that will gain from ByteDance AI spending: the Chinese AI chip maker Cambricon, whose Chinese name 寒武纪 means the Cambrian period (background knowledge of the company).',
  description: 'Chipmaker, written "Cambrian" by the article, named as one of the main beneficiaries of ByteDance 2025 AI spending.',
  country: 'China', countryBasis: 'outside', countryBasisNote: 'Background knowledge: Cambricon is a Chinese company; the article does not say where it is.'
};

MERGE (n:Entity {id: 'nvidia'})
SET n:Company, n += {
  name: 'Nvidia',
  aliases: ['Nvidia Corp', 'U.S. chipmaker'],
  description: 'U.S. chipmaker and supplier; ByteDance is the biggest buyer of its H20 chip, made for China.',
  country: 'United States'
};

MERGE (n:Entity {id: 'baidu'})
SET n:Company, n += {
  name: 'Baidu',
  aliases: [],
  description: 'Technology company named as a rival of ByteDance in domestic AI apps.',
  country: 'China', countryBasis: 'implied', countryBasisNote: 'The article names it a rival of ByteDance, a Chinese company, in domestic AI.'
};

MERGE (n:Entity {id: 'tencent-holdings'})
SET n:Company, n += {
  name: 'Tencent Holdings',
  aliases: ['Tencent'],
  impliedAliases: ['Tencent'],
  aliasesBasisNote: 'The short form of the name the article gives, Tencent Holdings.',
  description: 'Technology company named as a rival of ByteDance in domestic AI apps.',
  country: 'China', countryBasis: 'implied', countryBasisNote: 'The article names it a rival of ByteDance, a Chinese company, in domestic AI.'
};

MERGE (n:Entity {id: 'microsoft'})
SET n:Company, n += {
  name: 'Microsoft',
  aliases: [],
  description: 'U.S. tech giant that backs OpenAI and gives ByteDance access to Nvidia chips through its cloud.',
  country: 'United States', countryBasis: 'implied', countryBasisNote: 'The article counts Microsoft among the U.S. tech giants.',
  // "the fiscal year ended June 30": the last June 30 before 2025-01-23 is 2024-06-30 (fiscal 2024).
  capexFy2024Amount: 55700000000, capexFy2024Unit: 'USD', capexFy2024Year: 2024,
  capexFy2024Source: 'doc-reuters-2025-01-23-bytedance-ai-capex', capexFy2024Basis: 'stated',
  capexFy2024Status: 'spent',
  capexFy2024PeriodEnd: date('2024-06-30'), capexFy2024PeriodEndPrecision: 'day',
  capexFy2024Purpose: 'much of it on AI infrastructure'
};

MERGE (n:Entity {id: 'openai'})
SET n:Company, n += {
  name: 'OpenAI',
  aliases: [],
  description: 'Company backed by Microsoft that the updated Doubao model is meant to challenge.'
};

// "Google parent Alphabet last year planned to spend $50 billion": last year is 2024.
MERGE (n:Entity {id: 'alphabet'})
SET n:Company, n += {
  name: 'Alphabet',
  aliases: ['Google parent'],
  description: 'U.S. tech giant, parent of Google.',
  country: 'United States', countryBasis: 'implied', countryBasisNote: 'The article counts Alphabet among the U.S. tech giants.',
  capex2024Amount: 50000000000, capex2024Unit: 'USD', capex2024Year: 2024,
  capex2024Source: 'doc-reuters-2025-01-23-bytedance-ai-capex', capex2024Basis: 'stated',
  capex2024Status: 'planned',
  capex2024Purpose: 'chips, data centers and other spending'
};

MERGE (n:Entity {id: 'google'})
SET n:Company, n += {
  name: 'Google',
  aliases: [],
  description: 'Company whose parent is Alphabet.'
};

// A group, not one company: the article says Chinese companies reached Nvidia chips outside
// China through leasing agreements with third-party data center providers.
MERGE (n:Entity {id: 'third-party-data-center-providers'})
SET n:Company, n += {
  name: 'Third-party data center providers',
  nameBasis: 'implied', nameBasisNote: 'A label we wrote from the garbled passage on leasing through third parties and data center providers.',
  aliases: ['third parties', 'data center providers'],
  description: 'Unnamed data center providers that leased chips to Chinese companies.',
  group: true, groupBasis: 'implied', groupBasisNote: 'The article speaks of third parties and data center providers in the plural, naming none.'
};

MERGE (n:Entity {id: 'reuters'})
SET n:Company, n += {
  name: 'Reuters',
  aliases: [],
  description: 'Publisher of the article of 2025-01-23 and of an earlier report in September 2024 on the H20.'
};

MERGE (n:Entity {id: 'financial-times'})
SET n:Company, n += {
  name: 'Financial Times',
  aliases: ['FT'],
  outsideAliases: ['FT'],
  aliasesBasisNote: 'The common short form of the name; the article does not use it.',
  description: 'Publisher that reported on 2025-01-21 that ByteDance intends to put $12 billion into AI infrastructure.'
};

MERGE (n:Entity {id: 'the-information'})
SET n:Company, n += {
  name: 'The Information',
  aliases: [],
  description: 'Publisher that reported in December 2024 on a $7 billion purchase of Nvidia chips outside China, which we read as ByteDance\'s.'
};

MERGE (n:Entity {id: 'south-china-morning-post'})
SET n:Company, n += {
  name: 'South China Morning Post',
  aliases: ['SCMP'],
  outsideAliases: ['SCMP'],
  aliasesBasisNote: 'The common short form of the name; the article does not use it.',
  description: "Newspaper that reported on 2025-01-21 that Chinese authorities seemed to be softening their stance on TikTok's fate."
};

MERGE (n:Entity {id: 'questmobile'})
SET n:Company, n += {
  name: 'QuestMobile',
  aliases: [],
  description: 'Source the article gives for the Doubao user figure.'
};

MERGE (n:Entity {id: 'new-york-post'})
SET n:Company, n += {
  name: 'New York Post',
  aliases: [],
  description: 'Publisher of an article listed under "See also".'
};

// ---------------------------------------------------------------- products

MERGE (n:Entity {id: 'tiktok'})
SET n:Product, n += {
  name: 'TikTok',
  aliases: [],
  description: 'Short video app owned by ByteDance, facing a ban that U.S. companies stop hosting it unless ByteDance sells its American business.',
  descriptionBasis: 'implied', descriptionBasisNote: 'The article writes Nvidia as the buyer; that the purchase is ByteDance\'s is our reading.',
  category: 'short video app'
};

// The chatbot app. The flagship model "also called Doubao" is a separate node (doubao-model):
// an app and the model behind it are different things, updated and counted differently.
MERGE (n:Entity {id: 'doubao'})
SET n:Product, n += {
  name: 'Doubao',
  aliases: ['Doubao chatbot', '豆包'],
  impliedAliases: ['Doubao chatbot'],
  outsideAliases: ['豆包'],
  aliasesBasisNote: 'Doubao chatbot: the article calls it the top chatbot Doubao. 豆包: Background knowledge: the name in Chinese script, which the article does not give; kept so a search in Chinese finds it.',
  description: "ByteDance's top chatbot app in China; its international version is Cici.",
  category: 'chatbot',
  market: 'China',
  largestApp: true, largestAppBasis: 'implied', largestAppBasisNote: 'The article says ByteDance made overseas versions of its largest apps, Cici for Doubao among them.',
  monthlyActiveUsersBasis: 'stated',
  monthlyActiveUsersAmount: 75000000, monthlyActiveUsersUnit: 'users',
  monthlyActiveUsersSource: 'doc-reuters-2025-01-23-bytedance-ai-capex',
  monthlyActiveUsersCitedSource: 'doc-questmobile-doubao-mau'
};

// "On Wednesday, ByteDance updated its Flagship AI model - also called Doubao - An inference
// model product": Wednesday before Thursday 2025-01-23 is 2025-01-22. "inference model" is most
// likely the translation of 推理模型, which in Chinese AI usage means a reasoning model.
MERGE (n:Entity {id: 'doubao-model'})
SET n:Product, n += {
  name: 'Doubao AI model',
  nameBasis: 'implied', nameBasisNote: 'A label we wrote: the article calls it the flagship AI model, also called Doubao.',
  aliases: ['Doubao', 'Doubao model', 'Flagship AI model'],
  impliedAliases: ['Doubao model'],
  aliasesBasisNote: 'Doubao model: the article says the flagship model is also called Doubao.',
  description: "ByteDance's flagship AI model, sharing the Doubao name with its chatbot; updated on 2025-01-22 and described as an inference model meant to take on OpenAI.",
  category: 'AI model',
  flagship: true,
  modelType: 'inference model',
  modelTypeReading: 'reasoning model', modelTypeReadingBasis: 'outside',
  modelTypeReadingBasisNote: 'Background knowledge: "inference model" most likely translates 推理模型, which in Chinese AI usage means a reasoning model.',
  updatedOn: date('2025-01-22'), updatedOnPrecision: 'day'
};

MERGE (n:Entity {id: 'cici'})
SET n:Product, n += {
  name: 'Cici',
  aliases: [],
  description: 'International version of the Doubao chatbot, made by ByteDance.',
  category: 'chatbot',
  market: 'international'
};

// The article writes "Jimeng" once and "Ji Meng" once for the same app (即梦).
MERGE (n:Entity {id: 'jimeng'})
SET n:Product, n += {
  name: 'Jimeng',
  aliases: ['Ji Meng', '即梦'],
  outsideAliases: ['即梦'],
  aliasesBasisNote: '即梦: Background knowledge: the name in Chinese script, which the article does not give; kept so a search in Chinese finds it.',
  largestApp: true, largestAppBasis: 'implied', largestAppBasisNote: 'The article says ByteDance made overseas versions of its largest apps, Dreamina for Ji Meng among them.',
  description: 'ByteDance text-to-video generator in China; its international version is Dreamina.',
  category: 'text-to-video generator',
  market: 'China', marketBasis: 'implied', marketBasisNote: 'The article lists it right after the AI apps it places in China.'
};

MERGE (n:Entity {id: 'dreamina'})
SET n:Product, n += {
  name: 'Dreamina',
  aliases: [],
  description: 'International version of the Jimeng generator, made by ByteDance.',
  category: 'text-to-video generator',
  market: 'international'
};

MERGE (n:Entity {id: 'xinghui'})
SET n:Product, n += {
  name: 'Xinghui',
  aliases: ['星绘'],
  outsideAliases: ['星绘'],
  aliasesBasisNote: '星绘: Background knowledge: the name in Chinese script, which the article does not give; kept so a search in Chinese finds it.',
  description: 'ByteDance image generator in China.',
  category: 'image generator',
  market: 'China', marketBasis: 'implied', marketBasisNote: 'The article lists it right after the AI apps it places in China.'
};

// "Kouzi" is the pinyin of 扣子, the Chinese name of the platform ByteDance sells abroad as
// Coze (background knowledge). The article names only the Chinese platform, so Kouzi is the name;
// Coze is not an alias (it is the overseas counterpart, a different product), kept marked outside.
MERGE (n:Entity {id: 'kouzi'})
SET n:Product, n += {
  name: 'Kouzi',
  aliases: ['扣子'],
  outsideAliases: ['扣子'],
  aliasesBasisNote: '扣子: Background knowledge: the name in Chinese script, which the article does not give; kept so a search in Chinese finds it.',
  description: 'ByteDance platform in China for building custom chatbots.',
  category: 'custom chatbot development platform',
  market: 'China', marketBasis: 'implied', marketBasisNote: 'The article lists it right after the AI apps it places in China.',
  internationalCounterpart: 'Coze', internationalCounterpartBasis: 'outside',
  internationalCounterpartBasisNote: 'Background knowledge: ByteDance sells the platform abroad as Coze; the article names overseas versions only of Doubao and Ji Meng.'
};

MERGE (n:Entity {id: 'maoxiang'})
SET n:Product, n += {
  name: 'Maoxiang',
  aliases: ['猫箱'],
  outsideAliases: ['猫箱'],
  aliasesBasisNote: '猫箱: Background knowledge: the name in Chinese script, which the article does not give; kept so a search in Chinese finds it.',
  description: 'ByteDance app for role-playing and emotional support.',
  category: 'role-playing and emotional support app',
  market: 'China', marketBasis: 'implied', marketBasisNote: 'The article lists it right after the AI apps it places in China.'
};

// ---------------------------------------------------------------- chips

// "the U.S. chipmaker was tailor-made to deal with China's restrictions" is a slip: the H20 was
// tailor-made by the U.S. chipmaker to comply with U.S. restrictions on chip exports to China.
MERGE (n:Entity {id: 'nvidia-h20'})
SET n:Chip, n += {
  name: 'Nvidia H20',
  aliases: ['H20', 'H20 AI chip'],
  description: 'Nvidia AI chip tailor-made for China to deal with the restrictions on chips, which we read as the U.S. export restrictions; ByteDance is its biggest buyer.',
  descriptionBasis: 'implied', descriptionBasisNote: 'That the restrictions it was made for are the U.S. export restrictions on China is our reading of "China\'s restrictions".',
  family: 'nvidia-ai-chips',
  designedToComplyWith: 'us-chip-export-controls-china', designedToComplyWithBasis: 'implied',
  designedToComplyWithBasisNote: 'The article says it was made to measure for "China\'s restrictions"; the restrictions on chips in the article are the U.S. ones on exports to China.'
};

MERGE (n:Entity {id: 'nvidia-ai-chips'})
SET n:Chip, n += {
  nameBasis: 'implied', nameBasisNote: 'A label we wrote for what the article calls Nvidia chips and Nvidia semiconductors.',
  name: 'Nvidia AI chips',
  aliases: ['Nvidia chips', 'Nvidia semiconductors'],
  description: 'Nvidia AI chips as a family, the high-tech ones under U.S. export restrictions to China.',
  family: true
};

// The article names no Huawei or Cambricon chip; it calls both companies chipmakers who will
// benefit from ByteDance AI spending, which implies their AI chips.
MERGE (n:Entity {id: 'huawei-ai-chips'})
SET n:Chip, n += {
  nameBasis: 'implied', nameBasisNote: 'A label we wrote: the article names no Huawei chip, only Huawei as a chipmaker.',
  name: 'Huawei AI chips',
  aliases: [],
  description: 'AI chips made by Huawei, implied as what ByteDance will buy; the article names none.',
  descriptionBasis: 'implied', descriptionBasisNote: 'The article names no Huawei chip; that ByteDance will buy Huawei\'s AI chips follows from Huawei, a chipmaker, gaining from its AI spending.',
  family: true
};

MERGE (n:Entity {id: 'cambricon-ai-chips'})
SET n:Chip, n += {
  nameBasis: 'implied', nameBasisNote: 'A label we wrote: the article names no Cambricon chip, only Cambricon as a chipmaker.',
  name: 'Cambricon AI chips',
  aliases: [],
  description: 'AI chips made by Cambricon Technologies, implied as what ByteDance will buy.',
  descriptionBasis: 'implied', descriptionBasisNote: 'The article names no Cambricon chip; that ByteDance will buy its AI chips follows from Cambricon, a chipmaker, gaining from its AI spending.',
  family: true
};

// ---------------------------------------------------------------- regulators

MERGE (n:Entity {id: 'us-government'})
SET n:Regulator, n += {
  name: 'U.S. government',
  nameBasis: 'implied', nameBasisNote: 'A label we wrote: the article speaks of the United States and the U.S. acting as a state.',
  aliases: ['United States government'],
  impliedAliases: ['United States government'],
  aliasesBasisNote: 'The article speaks of the United States and the U.S. acting as a state.',
  description: 'The government of the United States, which restricts chip exports to China and whose president postponed a ban on TikTok.'
};

// A head of state acting for the government is a Regulator in our model (docs/graph-model.md),
// so Trump is one node of kind Regulator rather than a Person.
MERGE (n:Entity {id: 'donald-trump'})
SET n:Regulator, n += {
  name: 'Donald Trump',
  aliases: ['Trump', 'U.S. President Trump', 'U.S. President Donald Trump'],
  description: 'President of the United States who signed the order of 2025-01-20 postponing the TikTok ban by 75 days.',
  role: 'President of the United States'
};

MERGE (n:Entity {id: 'biden-administration'})
SET n:Regulator, n += {
  name: 'Biden administration',
  aliases: ['Biden'],
  impliedAliases: ['Biden'],
  aliasesBasisNote: 'A See also title says Biden restricts access to AI chips; a president restricts through his administration.',
  description: 'The administration that issued new chip rules in the week of 2025-01-13, closing the leasing loophole; the article sets it beside President Trump.'
};

// "Beijing" in "Beijing sees the value of a fair arrangement" means the Chinese government.
MERGE (n:Entity {id: 'chinese-government'})
SET n:Regulator, n += {
  name: 'Chinese government',
  aliases: ['Chinese authorities', 'Beijing'],
  description: "The government of China, reported to be softening its stance on TikTok's fate."
};

// ---------------------------------------------------------------- regulations

// The article does not name the law; it describes "a ban on the short video app that requires
// U.S. companies to stop hosting TikTok unless ByteDance sells its U.S. operations". Its formal name
// is background knowledge, kept as a marked alias so a search for it finds the ban.
MERGE (n:Entity {id: 'tiktok-ban-law'})
SET n:Regulation, n += {
  name: 'TikTok ban',
  nameBasis: 'implied', nameBasisNote: 'A label we wrote: the article speaks of a ban on the short video app, TikTok.',
  aliases: ['ban on the short video app', 'TikTok ban law', 'Protecting Americans from Foreign Adversary Controlled Applications Act'],
  impliedAliases: ['TikTok ban law'],
  outsideAliases: ['Protecting Americans from Foreign Adversary Controlled Applications Act'],
  aliasesBasisNote: 'TikTok ban law: the article says only "a ban"; the earlier name of this entry. Protecting Americans from Foreign Adversary Controlled Applications Act: background knowledge, the formal name of the U.S. law behind the ban.',
  description: 'U.S. ban under which U.S. companies may no longer host TikTok unless ByteDance sells its American business.',
  descriptionBasis: 'implied', descriptionBasisNote: 'That it is a U.S. ban follows from its binding U.S. companies and from the U.S. president postponing it.',
  jurisdiction: 'United States', jurisdictionBasis: 'implied',
  jurisdictionBasisNote: 'The ban binds U.S. companies and the U.S. president postponed it.'
};

// "signed an executive order on Monday to postpone for 75 days": Monday before Thursday
// 2025-01-23 is 2025-01-20. The article does not say when the 75 days start; counted from the
// signing they end on 2025-04-05. That window is the order's (postponementFrom/To), not a
// validity of the relationships around it.
MERGE (n:Entity {id: 'tiktok-ban-postponement-order'})
SET n:Regulation, n += {
  name: 'Executive order postponing the TikTok ban',
  aliases: ['executive order'],
  nameBasis: 'implied', nameBasisNote: 'A label we wrote from the article\'s words: an executive order to postpone the ban.',
  description: 'Executive order signed by President Trump on 2025-01-20 that puts off the TikTok ban by 75 days.',
  jurisdiction: 'United States', jurisdictionBasis: 'implied', jurisdictionBasisNote: 'Signed by the U.S. president.',
  signedOn: date('2025-01-20'), signedOnPrecision: 'day',
  postponementFrom: date('2025-01-20'), postponementFromPrecision: 'day', postponementFromBasis: 'implied',
  postponementFromBasisNote: 'The article gives the 75 days but not when they start; we count them from the signing.',
  postponementTo: date('2025-04-05'), postponementToPrecision: 'day', postponementToBasis: 'implied',
  postponementToBasisNote: '75 days counted from the signing on 2025-01-20.',
  postpones: 'tiktok-ban-law',
  postponementAmount: 75, postponementUnit: 'days',
  postponementSource: 'doc-reuters-2025-01-23-bytedance-ai-capex', postponementBasis: 'stated'
};

// "banned from purchasing Nvidia chips outside the United States since 2023" is garbled: the
// U.S. has barred Chinese companies from buying advanced Nvidia chips since 2023 (U.S. export
// rules), and they reached such chips overseas by leasing. The article gives only the year,
// so inForceFrom is the year 2023.
MERGE (n:Entity {id: 'us-chip-export-controls-china'})
SET n:Regulation, n += {
  name: 'U.S. export restrictions on high-tech chips to China',
  aliases: ['U.S. export controls', 'export controls', "China's restrictions"],
  impliedAliases: ['U.S. export controls', "China's restrictions"],
  aliasesBasisNote: 'U.S. export controls: the article speaks of export controls in a U.S. context. China\'s restrictions: the article\'s words for what the H20 was made to deal with, which we read as these.',
  nameBasis: 'implied', nameBasisNote: 'A label we wrote: the article says the United States restricted the export of such chips to China.',
  description: 'U.S. restrictions on selling high-tech chips to China; the article also says Chinese companies have been barred from buying Nvidia chips since 2023, which we read as these.',
  descriptionBasis: 'implied', descriptionBasisNote: 'That the 2023 bar on Chinese companies buying Nvidia chips is part of these restrictions is our reading.',
  jurisdiction: 'United States',
  inForceFrom: date('2023-01-01'), inForceFromPrecision: 'year', inForceFromBasis: 'implied',
  inForceFromBasisNote: 'The article says Chinese companies have been banned from buying Nvidia chips since 2023; we date these restrictions by that ban.',
  mayChange: 'Trump could view export controls differently.'
};

// "the loophole was closed last week. Biden administration issues new rules, identity of chip
// owners and operators must be vetted": last week, seen from Thursday 2025-01-23, is the week of
// 2025-01-13 to 2025-01-19, so issuedOn is that week. That these are the AI chip export rules
// (Framework for Artificial Intelligence Diffusion) is background knowledge: a marked alias.
MERGE (n:Entity {id: 'us-ai-chip-rules-2025-01'})
SET n:Regulation, n += {
  name: 'U.S. AI chip export rules of January 2025',
  aliases: ['new rules', 'Framework for Artificial Intelligence Diffusion', 'AI diffusion rule'],
  outsideAliases: ['Framework for Artificial Intelligence Diffusion', 'AI diffusion rule'],
  aliasesBasisNote: 'Background knowledge: the U.S. rules of that week on vetting who owns and runs AI chips are known by these names; the article does not name them.',
  nameBasis: 'implied', nameBasisNote: 'A label we wrote: the article calls them new rules, issued last week, on who may own and operate chips, in a passage on export controls.',
  description: 'Rules issued by the Biden administration in the week of 2025-01-13 requiring the owners and operators of chips to be vetted, closing the leasing loophole.',
  jurisdiction: 'United States', jurisdictionBasis: 'implied',
  jurisdictionBasisNote: 'The article sets the Biden administration beside a U.S. president taking a different stance on export controls; a See also title has Biden restricting U.S. companies.',
  issuedOn: date('2025-01-13'), issuedOnPrecision: 'week',
  enforcement: 'harder chip sourcing for ByteDance abroad if strictly enforced',
  mayChange: 'Trump could view export controls differently.'
};

// Named only by two "See also" titles: "U.S. rules restrict investment in Chinese chips, quantum
// and artificial intelligence" and "China says U.S. investment ban is detrimental ...".
MERGE (n:Entity {id: 'us-outbound-investment-rules'})
SET n:Regulation, n += {
  name: 'U.S. rules restricting investment in Chinese chips, quantum and AI',
  aliases: ['U.S. investment ban'],
  impliedAliases: ['U.S. investment ban'],
  aliasesBasisNote: 'Another See also title speaks of a U.S. investment ban; we read it as these rules.',
  nameBasis: 'implied', nameBasisNote: 'A label we wrote from the See also title.',
  description: 'U.S. rules limiting U.S. investment in China\'s chips, quantum and AI, known here only from two "See also" titles.',
  jurisdiction: 'United States'
};

// ---------------------------------------------------------------- places

MERGE (n:Entity {id: 'china'})
SET n:Place, n += {
  name: 'China',
  aliases: [],
  description: "Country where ByteDance is based and runs its domestic AI apps.",
  placeType: 'country'
};

MERGE (n:Entity {id: 'united-states'})
SET n:Place, n += {
  name: 'United States',
  aliases: ['U.S.', 'US'],
  description: 'Country where TikTok faces a ban unless ByteDance sells its U.S. operations.',
  placeType: 'country'
};

MERGE (n:Entity {id: 'asia'})
SET n:Place, n += {
  name: 'Asia',
  aliases: [],
  description: "Region in which ByteDance is Microsoft's largest customer for Nvidia chips.",
  placeType: 'region'
};

MERGE (n:Entity {id: 'southeast-asia'})
SET n:Place, n += {
  name: 'Southeast Asia',
  aliases: [],
  description: 'Region where ByteDance has built computing capacity.',
  placeType: 'region'
};

MERGE (n:Entity {id: 'malaysia'})
SET n:Place, n += {
  name: 'Malaysia',
  aliases: [],
  description: 'Place in Southeast Asia singled out as where ByteDance has built computing capacity.',
  placeType: 'country', placeTypeBasis: 'outside', placeTypeBasisNote: 'Geography, not the article: Malaysia is a country.'
};

MERGE (n:Entity {id: 'beijing'})
SET n:Place, n += {
  name: 'Beijing',
  aliases: [],
  description: 'Where ByteDance is based; the article also uses the name for the Chinese government.',
  placeType: 'city', placeTypeBasis: 'outside', placeTypeBasisNote: 'Geography, not the article: Beijing is a city, the capital of China.'
};

// ---------------------------------------------------------------- facilities

// "ByteDance has already built computing capacity in Southeast Asia, particularly Malaysia".
MERGE (n:Entity {id: 'bytedance-southeast-asia-computing'})
SET n:Facility, n += {
  name: 'ByteDance computing capacity in Southeast Asia',
  nameBasis: 'implied', nameBasisNote: 'A label we wrote: the article speaks only of the computing capacity ByteDance has built in the region, Malaysia above all.',
  aliases: ['ByteDance computing capacity in Malaysia'],
  impliedAliases: ['ByteDance computing capacity in Malaysia'],
  aliasesBasisNote: 'A label we wrote: the article says the capacity is in Southeast Asia, particularly Malaysia.',
  description: 'Computing capacity ByteDance has put up in Southeast Asia, Malaysia in particular.',
  status: 'built'
};

// ---------------------------------------------------------------- people

// "- Reuters With additional input and editing by Jim Pollard"
MERGE (n:Entity {id: 'jim-pollard'})
SET n:Person, n += {
  name: 'Jim Pollard',
  aliases: [],
  description: 'Credited by the article with additional input and editing.'
};
