// Entities named by the Reuters article of 2025-01-23 (doc-reuters-2025-01-23-bytedance-ai-capex).
// Figures follow docs/graph-model.md: <figure>Amount, Unit, Year, Qualifier, Source (and
// CitedSource when the article attributes the figure to another report).

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
  listed: false,
  privateCompany: true,
  disclosesFinancials: false,
  ipoPlanned: true,
  capex2025Amount: 150000000000, capex2025Unit: 'CNY', capex2025Year: 2025, capex2025Qualifier: 'more than',
  capex2025Source: 'doc-reuters-2025-01-23-bytedance-ai-capex',
  capex2025Purpose: 'mainly artificial intelligence',
  capex2025UsdAmount: 20600000000, capex2025UsdUnit: 'USD', capex2025UsdYear: 2025, capex2025UsdQualifier: 'more than',
  capex2025UsdSource: 'doc-reuters-2025-01-23-bytedance-ai-capex',
  overseasCapexShare2025Amount: 50, overseasCapexShare2025Unit: 'percent', overseasCapexShare2025Year: 2025,
  overseasCapexShare2025Source: 'doc-reuters-2025-01-23-bytedance-ai-capex',
  overseasCapexShare2025Purpose: 'overseas AI infrastructure such as data centers and network equipment',
  aiAppsAmount: 15, aiAppsUnit: 'apps', aiAppsYear: 2025, aiAppsQualifier: 'more than',
  aiAppsSource: 'doc-reuters-2025-01-23-bytedance-ai-capex',
  valuationAmount: 300000000000, valuationUnit: 'USD',
  valuationSource: 'doc-reuters-2025-01-23-bytedance-ai-capex',
  valuationBasis: 'a recent share buyback',
  aiInfrastructurePlanAmount: 12000000000, aiInfrastructurePlanUnit: 'USD',
  aiInfrastructurePlanSource: 'doc-reuters-2025-01-23-bytedance-ai-capex',
  aiInfrastructurePlanCitedSource: 'doc-ft-2025-01-21-bytedance-ai-infrastructure',
  // "Nvidia planned to spend $7 billion to purchase Nvidia semiconductors" is a slip: the
  // buyer is ByteDance (Nvidia does not buy its own chips); see nvidia-supplies-bytedance-7bn-plan.
  nvidiaChipPurchasePlanAmount: 7000000000, nvidiaChipPurchasePlanUnit: 'USD',
  nvidiaChipPurchasePlanSource: 'doc-reuters-2025-01-23-bytedance-ai-capex',
  nvidiaChipPurchasePlanCitedSource: 'doc-the-information-2024-12-bytedance-nvidia-chips',
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
  description: 'Chinese AI chip designer named as one of the main beneficiaries of ByteDance 2025 AI spending.',
  country: 'China'
};

MERGE (n:Entity {id: 'nvidia'})
SET n:Company, n += {
  name: 'Nvidia',
  aliases: ['Nvidia Corp', 'U.S. chipmaker'],
  description: 'U.S. chipmaker and supplier of AI chips to ByteDance, including the H20 made for the Chinese market.',
  country: 'United States'
};

MERGE (n:Entity {id: 'baidu'})
SET n:Company, n += {
  name: 'Baidu',
  aliases: [],
  description: 'Chinese technology company named as a rival of ByteDance in domestic AI apps.',
  country: 'China'
};

MERGE (n:Entity {id: 'tencent-holdings'})
SET n:Company, n += {
  name: 'Tencent Holdings',
  aliases: ['Tencent'],
  description: 'Chinese technology company named as a rival of ByteDance in domestic AI apps.',
  country: 'China'
};

MERGE (n:Entity {id: 'microsoft'})
SET n:Company, n += {
  name: 'Microsoft',
  aliases: [],
  description: 'U.S. technology company that backs OpenAI and gives ByteDance access to Nvidia chips through its cloud.',
  country: 'United States',
  // "the fiscal year ended June 30": the last June 30 before 2025-01-23 is 2024-06-30 (fiscal 2024).
  capexFy2024Amount: 55700000000, capexFy2024Unit: 'USD', capexFy2024Year: 2024,
  capexFy2024Source: 'doc-reuters-2025-01-23-bytedance-ai-capex',
  capexFy2024PeriodEnd: date('2024-06-30'),
  capexFy2024Purpose: 'much of it on AI infrastructure'
};

MERGE (n:Entity {id: 'openai'})
SET n:Company, n += {
  name: 'OpenAI',
  aliases: [],
  description: 'Microsoft-backed AI company whose models the updated Doubao model is meant to challenge.'
};

// "Google parent Alphabet last year planned to spend $50 billion": last year is 2024.
MERGE (n:Entity {id: 'alphabet'})
SET n:Company, n += {
  name: 'Alphabet',
  aliases: ['Google parent'],
  description: 'U.S. technology company, parent of Google.',
  country: 'United States',
  capex2024Amount: 50000000000, capex2024Unit: 'USD', capex2024Year: 2024,
  capex2024Source: 'doc-reuters-2025-01-23-bytedance-ai-capex',
  capex2024Status: 'planned',
  capex2024Purpose: 'chips, data centers and other spending'
};

MERGE (n:Entity {id: 'google'})
SET n:Company, n += {
  name: 'Google',
  aliases: [],
  description: 'U.S. technology company owned by Alphabet.',
  country: 'United States'
};

// A group, not one company: the article says Chinese companies reached Nvidia chips outside
// China through leasing agreements with third-party data center providers.
MERGE (n:Entity {id: 'third-party-data-center-providers'})
SET n:Company, n += {
  name: 'Third-party data center providers',
  aliases: ['third parties', 'data center providers'],
  description: 'Unnamed data center operators outside China that leased Nvidia chip capacity to Chinese companies such as ByteDance.',
  group: true
};

MERGE (n:Entity {id: 'reuters'})
SET n:Company, n += {
  name: 'Reuters',
  aliases: [],
  description: 'News agency that published the article of 2025-01-23 and an earlier report in September 2024 on ByteDance and the H20.'
};

MERGE (n:Entity {id: 'financial-times'})
SET n:Company, n += {
  name: 'Financial Times',
  aliases: ['FT'],
  description: 'Newspaper that reported on 2025-01-21 that ByteDance plans to invest $12 billion in AI infrastructure.'
};

MERGE (n:Entity {id: 'the-information'})
SET n:Company, n += {
  name: 'The Information',
  aliases: [],
  description: 'Technology news outlet that reported in December 2024 that ByteDance planned to spend $7 billion on Nvidia chips.'
};

MERGE (n:Entity {id: 'south-china-morning-post'})
SET n:Company, n += {
  name: 'South China Morning Post',
  aliases: ['SCMP'],
  description: 'Hong Kong newspaper that reported on 2025-01-21 that Chinese authorities were softening their stance on a TikTok sale.'
};

MERGE (n:Entity {id: 'questmobile'})
SET n:Company, n += {
  name: 'QuestMobile',
  aliases: [],
  description: 'Chinese app data provider, source of the Doubao user figure.',
  country: 'China'
};

MERGE (n:Entity {id: 'new-york-post'})
SET n:Company, n += {
  name: 'New York Post',
  aliases: [],
  description: 'U.S. newspaper that published an article listed under "See also".'
};

// ---------------------------------------------------------------- products

MERGE (n:Entity {id: 'tiktok'})
SET n:Product, n += {
  name: 'TikTok',
  aliases: [],
  description: 'Short video app owned by ByteDance, facing a U.S. ban unless ByteDance sells its U.S. operations.',
  category: 'short video app'
};

// The chatbot app. The flagship model "also called Doubao" is a separate node (doubao-model):
// an app and the model behind it are different things, updated and counted differently.
MERGE (n:Entity {id: 'doubao'})
SET n:Product, n += {
  name: 'Doubao',
  aliases: ['Doubao chatbot', '豆包'],
  description: "ByteDance's top chatbot app in China; its international version is Cici.",
  category: 'chatbot',
  market: 'China',
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
  aliases: ['Doubao', 'Doubao model', 'Flagship AI model'],
  description: "ByteDance's flagship AI model, sharing the Doubao name with its chatbot; updated on 2025-01-22 as a reasoning model meant to challenge OpenAI.",
  category: 'AI model',
  modelType: 'inference (reasoning) model',
  updatedOn: date('2025-01-22')
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
  description: 'ByteDance text-to-video generator in China; its international version is Dreamina.',
  category: 'text-to-video generator',
  market: 'China'
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
  description: 'ByteDance image generator in China.',
  category: 'image generator',
  market: 'China'
};

// "Kouzi" is the pinyin of 扣子, the Chinese name of the platform ByteDance sells abroad as
// Coze. The article names only the Chinese platform, so Kouzi is the name; Coze is not an
// alias (it is the overseas counterpart, a different product) and is noted here only.
MERGE (n:Entity {id: 'kouzi'})
SET n:Product, n += {
  name: 'Kouzi',
  aliases: ['扣子'],
  description: 'ByteDance platform in China for building custom chatbots; the Chinese counterpart of Coze.',
  category: 'custom chatbot development platform',
  market: 'China',
  internationalCounterpart: 'Coze'
};

MERGE (n:Entity {id: 'maoxiang'})
SET n:Product, n += {
  name: 'Maoxiang',
  aliases: ['猫箱'],
  description: 'ByteDance app for role-playing and emotional support.',
  category: 'role-playing and emotional support app',
  market: 'China'
};

// ---------------------------------------------------------------- chips

// "the U.S. chipmaker was tailor-made to deal with China's restrictions" is a slip: the H20 was
// tailor-made by the U.S. chipmaker to comply with U.S. restrictions on chip exports to China.
MERGE (n:Entity {id: 'nvidia-h20'})
SET n:Chip, n += {
  name: 'Nvidia H20',
  aliases: ['H20', 'H20 AI chip'],
  description: 'Nvidia AI chip tailor-made for the Chinese market to comply with U.S. export restrictions; ByteDance is its biggest buyer.',
  family: 'nvidia-ai-chips',
  designedToComplyWith: 'us-chip-export-controls-china'
};

MERGE (n:Entity {id: 'nvidia-ai-chips'})
SET n:Chip, n += {
  name: 'Nvidia AI chips',
  aliases: ['Nvidia chips', 'Nvidia semiconductors'],
  description: 'Nvidia AI chips as a family, the advanced ones under U.S. export restrictions to China.',
  family: true
};

// The article names no Huawei or Cambricon chip; it calls both companies chipmakers who will
// benefit from ByteDance AI spending, which implies their AI chips.
MERGE (n:Entity {id: 'huawei-ai-chips'})
SET n:Chip, n += {
  name: 'Huawei AI chips',
  aliases: [],
  description: 'AI chips made by Huawei (its Ascend line, not named in the article), implied as what ByteDance will buy.',
  family: true
};

MERGE (n:Entity {id: 'cambricon-ai-chips'})
SET n:Chip, n += {
  name: 'Cambricon AI chips',
  aliases: [],
  description: 'AI chips made by Cambricon Technologies, implied as what ByteDance will buy.',
  family: true
};

// ---------------------------------------------------------------- regulators

MERGE (n:Entity {id: 'us-government'})
SET n:Regulator, n += {
  name: 'U.S. government',
  aliases: ['United States government'],
  description: 'The government of the United States, which restricts chip exports to China and requires a TikTok sale or ban.'
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
  description: 'The outgoing U.S. administration that issued new AI chip export rules in the week of 2025-01-13.'
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
// U.S. companies to stop hosting TikTok unless ByteDance sells its U.S. operations".
MERGE (n:Entity {id: 'tiktok-ban-law'})
SET n:Regulation, n += {
  name: 'TikTok ban law',
  aliases: ['TikTok ban', 'Protecting Americans from Foreign Adversary Controlled Applications Act'],
  description: 'U.S. law requiring U.S. companies to stop hosting TikTok unless ByteDance sells its U.S. operations.',
  jurisdiction: 'United States'
};

// "signed an executive order on Monday to postpone for 75 days": Monday before Thursday
// 2025-01-23 is 2025-01-20; 75 days later is 2025-04-05.
MERGE (n:Entity {id: 'tiktok-ban-postponement-order'})
SET n:Regulation, n += {
  name: 'Executive order postponing the TikTok ban',
  aliases: ['executive order'],
  description: 'Executive order signed by President Trump on 2025-01-20 postponing the TikTok ban for 75 days.',
  jurisdiction: 'United States',
  signedOn: date('2025-01-20'),
  validFrom: date('2025-01-20'),
  validTo: date('2025-04-05'),
  postpones: 'tiktok-ban-law',
  postponementAmount: 75, postponementUnit: 'days',
  postponementSource: 'doc-reuters-2025-01-23-bytedance-ai-capex'
};

// "banned from purchasing Nvidia chips outside the United States since 2023" is garbled: the
// U.S. has barred Chinese companies from buying advanced Nvidia chips since 2023 (U.S. export
// rules), and they reached such chips outside China by leasing. The article gives only the year.
MERGE (n:Entity {id: 'us-chip-export-controls-china'})
SET n:Regulation, n += {
  name: 'U.S. export restrictions on advanced chips to China',
  aliases: ['U.S. export controls', 'export controls', "China's restrictions"],
  description: 'U.S. restrictions on exporting high-tech chips to China, which since 2023 bar Chinese companies from buying advanced Nvidia chips.',
  jurisdiction: 'United States',
  inForceSinceYear: 2023
};

// "the loophole was closed last week. Biden administration issues new rules, identity of chip
// owners and operators must be vetted": last week, seen from Thursday 2025-01-23, is the week of
// 2025-01-13 to 2025-01-19. The rules matching that description announced that week are the
// AI chip export rules (Framework for Artificial Intelligence Diffusion) of Monday 2025-01-13.
MERGE (n:Entity {id: 'us-ai-chip-rules-2025-01'})
SET n:Regulation, n += {
  name: 'U.S. AI chip export rules of January 2025',
  aliases: ['new rules', 'Framework for Artificial Intelligence Diffusion', 'AI diffusion rule'],
  description: 'Rules issued by the Biden administration in the week of 2025-01-13 requiring the owners and operators of AI chips to be vetted, closing the leasing loophole.',
  jurisdiction: 'United States',
  issuedOn: date('2025-01-13'),
  issuedWeekFrom: date('2025-01-13'),
  issuedWeekTo: date('2025-01-19'),
  issuedOnBasis: 'article says last week'
};

// Named only by two "See also" titles: "U.S. rules restrict investment in Chinese chips, quantum
// and artificial intelligence" and "China says U.S. investment ban is detrimental ...".
MERGE (n:Entity {id: 'us-outbound-investment-rules'})
SET n:Regulation, n += {
  name: 'U.S. rules restricting investment in Chinese chips, quantum and AI',
  aliases: ['U.S. investment ban'],
  description: 'U.S. rules restricting U.S. investment in Chinese chips, quantum computing and artificial intelligence, known here only from two "See also" titles.',
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
  description: 'Southeast Asian country where ByteDance has built much of its computing capacity abroad.',
  placeType: 'country'
};

MERGE (n:Entity {id: 'beijing'})
SET n:Place, n += {
  name: 'Beijing',
  aliases: [],
  description: 'Capital of China, where ByteDance is based.',
  placeType: 'city'
};

// ---------------------------------------------------------------- facilities

// "ByteDance has already built computing capacity in Southeast Asia, particularly Malaysia".
MERGE (n:Entity {id: 'bytedance-southeast-asia-computing'})
SET n:Facility, n += {
  name: 'ByteDance computing capacity in Southeast Asia',
  aliases: ['ByteDance data centers in Malaysia'],
  description: 'Data center computing capacity ByteDance has built in Southeast Asia, mostly in Malaysia.',
  status: 'built'
};

// ---------------------------------------------------------------- people

// "- Reuters With additional input and editing by Jim Pollard"
MERGE (n:Entity {id: 'jim-pollard'})
SET n:Person, n += {
  name: 'Jim Pollard',
  aliases: [],
  description: 'Reuters journalist credited with additional input and editing of the article.'
};
