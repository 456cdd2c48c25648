import type { GlossaryEntry } from './types';

/** Plain-language glossary: food, diet and what is in it. */
export const entries: GlossaryEntry[] = [
  {
    term: 'flavanol',
    aliases: ['flavanols', 'cocoa flavanols', 'flavonoid', 'flavonoids'],
    field: 'nutrition',
    definition:
      'Natural plant chemicals found in cocoa, tea, apples and berries. Studies test whether they help the heart and brain.',
    seeAlso: ['polyphenol', 'antioxidant'],
  },
  {
    term: 'polyphenol',
    aliases: ['polyphenols', 'resveratrol', 'proanthocyanidin', 'proanthocyanidins'],
    field: 'nutrition',
    definition:
      'A large family of plant chemicals in foods like berries, tea, coffee and spices. Lab results for them often do not hold up in people.',
    seeAlso: ['flavanol', 'antioxidant'],
  },
  {
    term: 'antioxidant',
    aliases: ['antioxidants', 'anti-oxidant'],
    field: 'nutrition',
    definition:
      'A substance that protects cells from damage by unstable molecules called free radicals. Fruit and vegetables are rich in them; pills have mostly disappointed.',
    seeAlso: ['free radical', 'oxidative stress', 'vitamin C', 'vitamin E'],
  },
  {
    term: 'free radical',
    aliases: ['free radicals', 'reactive oxygen species', 'ROS'],
    field: 'nutrition',
    definition:
      'An unstable molecule that can harm cells, DNA and proteins. It does this by grabbing parts from them.',
    seeAlso: ['antioxidant', 'oxidative stress'],
  },
  {
    term: 'oxidative stress',
    field: 'nutrition',
    definition:
      'Damage that builds up when the body has more free radicals than it can mop up. It is linked to ageing and many diseases.',
    seeAlso: ['free radical', 'antioxidant'],
  },
  {
    term: 'omega-3',
    aliases: ['omega-3 fatty acid', 'omega-3 fatty acids', 'omega-3s', 'omega 3', 'fish oil', 'DHA', 'docosahexaenoic acid'],
    field: 'nutrition',
    definition:
      'A kind of healthy fat found in oily fish, nuts and seeds. The body needs it for the brain, eyes and heart but cannot make enough itself.',
    seeAlso: ['unsaturated fat'],
  },
  {
    term: 'fatty acid',
    aliases: ['fatty acids'],
    field: 'nutrition',
    definition:
      'The building blocks of fats. Some the body can make; others must come from food.',
    seeAlso: ['omega-3', 'saturated fat'],
  },
  {
    term: 'saturated fat',
    aliases: ['saturated fats'],
    field: 'nutrition',
    definition:
      'A kind of fat found in butter, cheese and fatty meat, which is solid at room temperature. Eating lots raises bad cholesterol.',
    seeAlso: ['cholesterol', 'unsaturated fat', 'trans fat'],
  },
  {
    term: 'vitamin D',
    aliases: ['vitamin D3', 'vitamin D supplements', 'sunshine vitamin'],
    field: 'nutrition',
    definition:
      'A vitamin the skin makes in sunlight, also found in oily fish. It helps build strong bones; many other claimed benefits are unproven.',
    seeAlso: ['dietary supplement'],
  },
  {
    term: 'vitamin B12',
    aliases: ['B12'],
    field: 'nutrition',
    definition:
      'A vitamin found in meat, fish, eggs and milk that keeps nerves and blood healthy. Vegans and many older people need extra.',
    seeAlso: ['micronutrient', 'B vitamins'],
  },
  {
    term: 'folic acid',
    aliases: ['folate'],
    field: 'nutrition',
    definition:
      'A B vitamin the body needs to make new cells. Taken before and early in pregnancy, it prevents some birth defects.',
    seeAlso: ['B vitamins'],
  },
  {
    term: 'micronutrient',
    aliases: ['micronutrients', 'vitamins and minerals', 'mineral', 'minerals', 'zinc deficiency', 'iron deficiency', 'hidden hunger'],
    field: 'nutrition',
    definition:
      'Vitamins and minerals, like iron, zinc and iodine, that the body needs in tiny amounts. Lacking them causes disease.',
    seeAlso: ['macronutrient', 'vitamin A', 'nutrient'],
    context: ['diet', 'diets', 'food', 'foods', 'vitamin', 'vitamins', 'nutrition', 'nutrient', 'nutrients', 'deficiency', 'eat', 'eating', 'crops', 'intake', 'supplement', 'supplements'],
  },
  {
    term: 'macronutrient',
    aliases: ['macronutrients'],
    field: 'nutrition',
    definition:
      'One of the three main parts of food that the body needs in large amounts: carbohydrate, protein and fat.',
    seeAlso: ['micronutrient', 'nutrient'],
  },
  {
    term: 'carbohydrate',
    aliases: ['carbohydrates', 'carbs', 'refined carbohydrate'],
    field: 'nutrition',
    definition:
      'Sugars and starches in food, such as bread, rice and fruit. The body breaks them into glucose for energy. "Refined" ones have lost most fibre.',
    seeAlso: ['glucose', 'glycaemic index', 'low-carb diet'],
  },
  {
    term: 'glycaemic index',
    aliases: ['glycemic index', 'low-glycaemic', 'low-glycemic', 'glycaemic load', 'glycemic load'],
    field: 'nutrition',
    definition:
      'A score of how fast a food raises blood sugar. White bread is high; lentils are low.',
    seeAlso: ['blood sugar', 'carbohydrate'],
  },
  {
    term: 'added sugar',
    aliases: ['added sugars', 'free sugars', 'high-fructose corn syrup'],
    field: 'nutrition',
    definition:
      'Sugar put into food and drinks when they are made or served. It does not include the sugar found naturally in whole fruit or milk.',
    seeAlso: ['sugary drink', 'fructose'],
  },
  {
    term: 'artificial sweetener',
    aliases: ['artificial sweeteners', 'sweeteners', 'aspartame', 'sucralose', 'erythritol', 'low-calorie sweeteners'],
    field: 'nutrition',
    definition:
      'Chemicals that taste sweet with few or no calories, used in diet drinks and sugar-free foods.',
  },
  {
    term: 'dietary fibre',
    aliases: ['dietary fiber', 'fibre intake', 'fiber intake', 'high-fibre', 'high-fiber'],
    field: 'nutrition',
    definition:
      'The parts of plant foods that we cannot digest. It helps keep the gut healthy and feeds good gut bacteria.',
    seeAlso: ['microbiome', 'prebiotic', 'whole grain'],
  },
  {
    term: 'fibre',
    aliases: ['fiber'],
    field: 'nutrition',
    definition:
      'The parts of plant foods that we cannot digest. It helps keep the gut healthy and feeds good gut bacteria.',
    seeAlso: ['dietary fibre'],
    context: ['diet', 'diets', 'food', 'foods', 'eat', 'eating', 'fruit', 'vegetables', 'grains', 'gut', 'intake', 'beans', 'bread', 'cereal', 'nutrition', 'constipation'],
  },
  {
    term: 'probiotic',
    aliases: ['probiotics', 'live bacteria'],
    field: 'nutrition',
    definition:
      'Live "friendly" bacteria or yeasts in some foods, like yoghurt, and in supplements, meant to help the gut. Evidence for many products is weak.',
    seeAlso: ['microbiome', 'prebiotic', 'fermented food'],
  },
  {
    term: 'prebiotic',
    aliases: ['prebiotics', 'inulin'],
    field: 'nutrition',
    definition:
      'Fibre in food that we cannot digest but that feeds helpful gut bacteria.',
    seeAlso: ['probiotic', 'dietary fibre'],
  },
  {
    term: 'ultra-processed food',
    aliases: ['ultra-processed foods', 'ultraprocessed food', 'ultra processed food', 'UPF', 'UPFs'],
    field: 'nutrition',
    definition:
      'Factory-made foods built from refined ingredients and additives, like sweets, fizzy drinks and many packaged snacks. Eating lots is linked to poorer health.',
  },
  {
    term: 'processed meat',
    aliases: ['processed meats', 'red and processed meat'],
    field: 'nutrition',
    definition:
      'Meat kept longer by salting, curing or smoking, like bacon, ham and sausages. Eating lots is linked to bowel cancer.',
    seeAlso: ['red meat'],
  },
  {
    term: 'calorie',
    aliases: ['calories', 'kcal', 'kilocalorie', 'kilocalories', 'calorie intake'],
    field: 'nutrition',
    definition:
      'A unit of energy in food. The body burns calories to move and stay alive, and stores the extra as fat.',
  },
  {
    term: 'calorie restriction',
    aliases: ['caloric restriction', 'calorie-restricted', 'low-calorie diet', 'calorie deficit'],
    field: 'nutrition',
    definition:
      'Eating fewer calories than usual while still getting the nutrients you need. In animals it often extends life; in people the effects are less clear.',
    seeAlso: ['intermittent fasting'],
  },
  {
    term: 'intermittent fasting',
    aliases: ['time-restricted eating', 'time-restricted feeding', 'alternate-day fasting'],
    field: 'nutrition',
    definition:
      'Eating only in set time windows, such as within eight hours a day. Another form cuts food sharply on some days of the week.',
    seeAlso: ['calorie restriction'],
  },
  {
    term: 'Mediterranean diet',
    aliases: ['Mediterranean-style diet'],
    field: 'nutrition',
    definition:
      'A way of eating based on vegetables, fruit, beans, whole grains, fish and olive oil, with little red meat or sugar. Often linked to better heart health.',
    seeAlso: ['DASH diet', 'MIND diet'],
  },
  {
    term: 'ketogenic diet',
    aliases: ['keto diet', 'keto'],
    field: 'nutrition',
    definition:
      'A diet very low in carbohydrate and high in fat. It makes the body turn fat into ketones and burn them for fuel.',
    seeAlso: ['carbohydrate', 'low-carb diet'],
  },
  {
    term: 'plant-based diet',
    aliases: ['plant-based', 'vegan diet', 'vegetarian diet', 'vegan', 'vegetarian', 'plant-based diets'],
    field: 'nutrition',
    definition:
      'A diet made mostly or only of foods from plants. Vegans eat no animal foods at all; vegetarians skip meat and fish.',
    context: ['diet', 'diets', 'food', 'foods', 'eat', 'eating', 'meat', 'protein', 'health', 'nutrition', 'eaters'],
  },
  {
    term: 'dietary supplement',
    aliases: ['dietary supplements', 'supplement', 'supplements', 'supplementation'],
    field: 'nutrition',
    definition:
      'Pills, powders or drinks with vitamins, minerals, herbs or other things in them. In many countries they are not tested like medicines before sale.',
    context: ['vitamin', 'vitamins', 'diet', 'dietary', 'taking', 'take', 'daily', 'pill', 'pills', 'health', 'fish', 'oil', 'mineral', 'minerals', 'dose', 'nutrition'],
  },
  {
    term: 'caffeine',
    aliases: ['caffeinated'],
    field: 'nutrition',
    definition:
      'A natural drug in coffee, tea and energy drinks that makes you feel more awake and alert.',
  },
  {
    term: 'sodium',
    aliases: ['salt intake', 'dietary salt', 'high-salt'],
    field: 'nutrition',
    definition:
      'A mineral mostly eaten as salt. Too much raises blood pressure.',
    seeAlso: ['hypertension'],
    context: ['salt', 'diet', 'food', 'foods', 'intake', 'blood pressure', 'eat', 'eating', 'milligrams', 'grams', 'heart'],
  },
  {
    term: 'biofortification',
    aliases: ['biofortified'],
    field: 'nutrition',
    definition:
      'Making food richer in vitamins or minerals. This is done in the factory, or by breeding crops that hold more of them.',
    seeAlso: ['micronutrient'],
  },
  {
    term: 'malnutrition',
    aliases: ['undernutrition', 'malnourished', 'wasting'],
    field: 'nutrition',
    definition:
      'Poor health from eating too little, too much, or the wrong food. In children it can stunt growth for life.',
    context: ['children', 'child', 'food', 'diet', 'hunger', 'nutrition', 'growth', 'famine', 'malnutrition', 'undernutrition', 'malnourished'],
  },
  {
    term: 'food allergy',
    aliases: ['food allergies', 'peanut allergy'],
    field: 'nutrition',
    definition:
      'When the immune system attacks a harmless food, such as peanuts or shellfish. Reactions range from an itchy rash to deadly anaphylaxis.',
    seeAlso: ['allergy', 'gluten', 'food intolerance'],
  },
  {
    term: 'NAD+',
    aliases: ['NAD', 'nicotinamide riboside', 'NMN', 'nicotinamide mononucleotide'],
    field: 'nutrition',
    definition:
      'A molecule every cell uses to make energy. Its levels fall with age, and supplements claim to raise them, with little proof of benefit in people.',
  },
  {
    term: 'food frequency questionnaire',
    aliases: ['dietary recall', 'food diary', 'food diaries', 'dietary records'],
    field: 'nutrition',
    definition:
      'A form on which people report what and how often they eat. Nutrition studies rely on it, but memories are often wrong.',
    seeAlso: ['self-reported', 'recall bias'],
  },
  {
    term: 'unsaturated fat',
    aliases: ['unsaturated fats', 'polyunsaturated fat', 'monounsaturated fat', 'polyunsaturated fatty acids', 'PUFA', 'PUFAs', 'polyunsaturated', 'monounsaturated', 'MUFA'],
    field: 'nutrition',
    definition:
      'A kind of fat, found in olive oil, nuts, seeds and fish, that is liquid at room temperature. Eating it instead of saturated fat helps the heart.',
    seeAlso: ['saturated fat', 'omega-3'],
  },
  {
    term: 'trans fat',
    aliases: ['trans fats', 'trans fatty acids'],
    field: 'nutrition',
    definition:
      'A kind of fat made when oils are hardened in factories. It raises bad cholesterol and lowers good cholesterol, so many countries ban it.',
    seeAlso: ['saturated fat'],
  },
  {
    term: 'B vitamins',
    aliases: ['vitamin B', 'vitamin B complex', 'vitamin B6', 'vitamin B1', 'thiamine', 'riboflavin', 'vitamin B2', 'biotin'],
    field: 'nutrition',
    definition:
      'A group of eight vitamins that help the body turn food into energy and make blood cells. Folic acid and B12 are two of them.',
    seeAlso: ['vitamin B12', 'folic acid'],
  },
  {
    term: 'vitamin C',
    aliases: ['ascorbic acid'],
    field: 'nutrition',
    definition:
      'A vitamin in fruit and vegetables. The body needs it to heal wounds and keep gums, skin and blood vessels healthy.',
    seeAlso: ['antioxidant'],
  },
  {
    term: 'vitamin A',
    aliases: ['retinol'],
    field: 'nutrition',
    definition:
      'A vitamin from liver, eggs, milk and orange or green vegetables. It helps eyesight, skin and the immune system.',
    seeAlso: ['micronutrient'],
  },
  {
    term: 'vitamin E',
    field: 'nutrition',
    definition:
      'A vitamin in nuts, seeds and plant oils that protects cells from damage. High-dose pills have not shown clear benefits.',
    seeAlso: ['antioxidant'],
  },
  {
    term: 'vitamin K',
    field: 'nutrition',
    definition:
      'A vitamin from leafy green vegetables that the blood needs to clot. It also helps build bones.',
    seeAlso: ['blood clot'],
  },
  {
    term: 'nutrient',
    aliases: ['nutrients'],
    field: 'nutrition',
    definition:
      'A substance a living thing needs from food, soil or water to live and grow. Protein, vitamins and nitrogen are examples.',
    seeAlso: ['macronutrient', 'micronutrient'],
  },
  {
    term: 'sugary drink',
    aliases: ['sugary drinks', 'sugar-sweetened beverages', 'sugar-sweetened beverage', 'soft drinks', 'fizzy drinks', 'sweetened drinks', 'carbonated drinks', 'sugar-sweetened drinks'],
    field: 'nutrition',
    definition:
      'A drink with added sugar, such as fizzy pop, sweet tea or energy drinks. Drinking them often is linked to weight gain and type 2 diabetes.',
    seeAlso: ['added sugar'],
  },
  {
    term: 'fructose',
    field: 'nutrition',
    definition:
      'A sugar found in fruit and honey, and in many added sweeteners. Large amounts from sweet drinks may strain the liver.',
    seeAlso: ['added sugar', 'glucose'],
  },
  {
    term: 'whole grain',
    aliases: ['whole grains', 'wholegrain', 'wholegrains'],
    field: 'nutrition',
    definition:
      'Grains like oats, brown rice and wholemeal wheat that keep every part of the seed. They hold more fibre and vitamins than white flour.',
    seeAlso: ['dietary fibre'],
  },
  {
    term: 'fermented food',
    aliases: ['fermented foods'],
    field: 'nutrition',
    definition:
      'Food changed by microbes, such as yoghurt, kimchi, sauerkraut or kefir. Some still hold live bacteria.',
    seeAlso: ['probiotic'],
  },
  {
    term: 'red meat',
    aliases: ['red meats'],
    field: 'nutrition',
    definition:
      'Meat from mammals such as beef, pork and lamb. Eating a lot is linked to bowel cancer, though less strongly than processed meat.',
    seeAlso: ['processed meat'],
  },
  {
    term: 'DASH diet',
    field: 'nutrition',
    definition:
      'An eating plan built to lower blood pressure: lots of fruit, vegetables and low-fat dairy, with little salt, sugar and red meat.',
    seeAlso: ['Mediterranean diet', 'hypertension'],
  },
  {
    term: 'MIND diet',
    field: 'nutrition',
    definition:
      'A mix of the Mediterranean and DASH diets, aimed at protecting the brain. It stresses leafy greens, berries, nuts and beans.',
    seeAlso: ['Mediterranean diet', 'dementia'],
  },
  {
    term: 'low-carb diet',
    aliases: ['low-carbohydrate diet', 'low-carb diets', 'low-carb'],
    field: 'nutrition',
    definition:
      'A diet that cuts down on bread, pasta, rice and sugar. A keto diet is a strict form of it.',
    seeAlso: ['ketogenic diet', 'carbohydrate'],
  },
  {
    term: 'gluten',
    field: 'nutrition',
    definition:
      'A protein in wheat, barley and rye. People with coeliac disease must avoid it; most others digest it fine.',
    seeAlso: ['coeliac disease', 'food allergy'],
  },
  {
    term: 'food intolerance',
    aliases: ['food intolerances', 'lactose intolerance', 'lactose intolerant'],
    field: 'nutrition',
    definition:
      'Trouble digesting a food, such as lactose, the sugar in milk, which causes gut upset. Unlike an allergy, it does not involve the immune system.',
    seeAlso: ['food allergy'],
  },
  {
    term: 'nitrate',
    aliases: ['dietary nitrate'],
    field: 'nutrition',
    definition:
      'A mix of nitrogen and oxygen found in beetroot, leafy greens and farm fertiliser. The body can turn it into a gas that widens blood vessels.',
    seeAlso: ['nitrite'],
  },
  {
    term: 'nitrite',
    aliases: ['sodium nitrite'],
    field: 'nutrition',
    definition:
      'A compound added to cured meats like bacon to keep them pink and safe. In the body it can form substances linked to bowel cancer.',
    seeAlso: ['nitrate', 'processed meat'],
  },
  {
    term: 'calcium',
    aliases: ['calcium supplement', 'calcium intake', 'calcium supplements'],
    field: 'nutrition',
    definition:
      'A mineral that builds bones and teeth. Nerves, muscles and the heartbeat also depend on it; dairy, greens and tofu are good sources.',
    seeAlso: ['osteoporosis', 'vitamin D'],
  },
  {
    term: 'potassium',
    field: 'nutrition',
    definition:
      'A mineral that helps nerves fire and muscles, including the heart, work. Fruit, vegetables and beans are rich in it, and it offsets some effects of salt.',
    seeAlso: ['sodium', 'blood pressure'],
  },
  {
    term: 'magnesium',
    field: 'nutrition',
    definition:
      'A mineral found in nuts, seeds, greens and whole grains. The body uses it in hundreds of reactions, including muscle and nerve work.',
    seeAlso: ['micronutrient'],
  },
  {
    term: 'iodine',
    field: 'nutrition',
    definition:
      'A mineral the thyroid gland needs to make its hormones. Too little in pregnancy can harm a baby\'s brain, so it is often added to salt.',
    seeAlso: ['thyroid', 'micronutrient'],
  },
  {
    term: 'creatine',
    field: 'nutrition',
    definition:
      'A substance made in the body and found in meat that helps muscles make quick bursts of energy. It is a popular, well-studied sports supplement.',
    seeAlso: ['dietary supplement'],
  },
  {
    term: 'emulsifier',
    aliases: ['carboxymethylcellulose', 'polysorbate 80'],
    field: 'nutrition',
    definition:
      'An additive that keeps oil and water mixed, giving foods like ice cream a smooth texture. Some studies link certain ones to gut problems.',
    seeAlso: ['food additive', 'ultra-processed food'],
  },
  {
    term: 'food additive',
    aliases: ['E number', 'preservative', 'food colouring', 'food coloring'],
    field: 'nutrition',
    definition:
      'A substance added to food to keep it fresh or to change its colour, taste or texture. Each one must be approved by food safety bodies.',
    seeAlso: ['emulsifier', 'ultra-processed food'],
  },
  {
    term: 'standard drink',
    aliases: ['unit of alcohol', 'alcohol unit', 'units of alcohol'],
    field: 'nutrition',
    definition:
      'A fixed amount of pure alcohol used to compare drinks. The size differs by country: a UK unit is 8 grams of alcohol, a US standard drink 14 grams.',
    seeAlso: ['binge drinking'],
  },
  {
    term: 'binge drinking',
    aliases: ['binge drinker', 'binge-drinking'],
    field: 'nutrition',
    definition:
      'Drinking a lot of alcohol in a short time. It often means four or five drinks or more in about two hours.',
    seeAlso: ['standard drink'],
  },
  {
    term: 'glycogen',
    field: 'nutrition',
    definition:
      'The form in which the body stores sugar, mainly in the liver and muscles. It gets used up fast during hard exercise.',
    seeAlso: ['glucose', 'carbohydrate'],
  },
  {
    term: 'dietitian',
    aliases: ['dietician', 'registered dietitian', 'nutritionist'],
    field: 'nutrition',
    definition:
      'A food expert who advises people on what to eat. In many places only trained people may use this title, while "nutritionist" is often open to anyone.',
    seeAlso: ['nutrient'],
  },
  {
    term: 'sugar tax',
    aliases: ['soda tax', 'sugary drinks tax', 'soft drinks levy'],
    field: 'nutrition',
    definition:
      'A tax on sugary drinks meant to cut how much sugar people drink. Some makers respond by putting less sugar in their drinks.',
    seeAlso: ['sugary drink', 'added sugar'],
  },
  {
    term: 'beta-carotene',
    field: 'nutrition',
    definition:
      'An orange colouring in carrots, sweet potatoes and leafy greens. The body turns it into vitamin A.',
    seeAlso: ['vitamin A'],
  },
  {
    term: 'fat-soluble vitamin',
    field: 'nutrition',
    definition:
      'A vitamin that dissolves in fat, not water: A, D, E and K. The body stores them, so taking too much can build up and cause harm.',
    seeAlso: ['water-soluble vitamin'],
  },
  {
    term: 'water-soluble vitamin',
    field: 'nutrition',
    definition:
      'A vitamin that dissolves in water, such as vitamin C and the B vitamins. The body stores little of them, so they need topping up often.',
    seeAlso: ['fat-soluble vitamin'],
  },
  {
    term: 'stunting',
    aliases: ['stunted growth', 'stunted'],
    field: 'nutrition',
    definition:
      'When children grow too short for their age, usually from poor food, repeated infections or both over months or years. The harm to health can last for life.',
    seeAlso: ['malnutrition'],
  },
  {
    term: 'intake',
    aliases: ['intakes', 'daily intake'],
    field: 'nutrition',
    definition:
      'The amount of a food, drink or nutrient a person takes in, often per day. Studies usually measure it by asking people, who may misremember.',
    seeAlso: ['dietary supplement'],
    context: ['food', 'diet', 'diets', 'sugar', 'salt', 'calorie', 'nutrient', 'vitamin', 'protein', 'fibre', 'alcohol', 'daily', 'fat', 'caffeine', 'water', 'eat', 'eating', 'drink', 'meat'],
  },
  {
    term: 'balanced diet',
    aliases: ['healthy balanced diet'],
    field: 'nutrition',
    definition:
      'Eating a mix of foods from the main groups, in the right amounts. That means fruit and vegetables, starchy foods, protein and dairy.',
    seeAlso: ['nutrient'],
  },
  {
    term: 'nutrient deficiency',
    aliases: ['deficiency', 'deficient', 'deficiencies', 'vitamin deficiency', 'nutritional deficiency'],
    field: 'nutrition',
    definition:
      'Not getting enough of a vitamin or mineral the body needs, such as iron or vitamin D. Over time it can cause illness.',
    seeAlso: ['micronutrient', 'malnutrition'],
    context: ['vitamin', 'vitamins', 'iron', 'nutrient', 'nutrients', 'mineral', 'iodine', 'zinc', 'diet', 'B12', 'folate', 'folic acid', 'selenium', 'calcium', 'magnesium'],
  },
  {
    term: 'olive oil',
    aliases: ['extra virgin olive oil', 'EVOO'],
    field: 'nutrition',
    definition:
      'Oil pressed from olives, a key part of the Mediterranean diet. Extra virgin olive oil is the least processed and keeps more polyphenols.',
    seeAlso: ['Mediterranean diet', 'polyphenol'],
  },
  {
    term: 'leafy greens',
    aliases: ['leafy vegetables', 'leafy green vegetables', 'green leafy vegetables', 'leafy green'],
    field: 'nutrition',
    definition:
      'Vegetables whose leaves we eat, such as spinach, kale, lettuce and cabbage. They are rich in fibre, folate, vitamin K and nitrate.',
    seeAlso: ['nitrate', 'vitamin K'],
  },
  {
    term: 'zinc',
    aliases: ['zinc supplements', 'zinc lozenges'],
    field: 'nutrition',
    definition:
      'A mineral the body needs in small amounts for growth, healing and the immune system. It is found in meat, shellfish, beans and nuts.',
    seeAlso: ['micronutrient'],
    context: ['diet', 'supplement', 'supplements', 'deficiency', 'food', 'foods', 'vitamin', 'cold', 'colds', 'nutrient', 'mineral', 'intake', 'lozenges', 'immune'],
  },
  {
    term: 'legume',
    aliases: ['legumes', 'beans and lentils', 'pulse crops'],
    field: 'nutrition',
    definition:
      'Beans, lentils, peas, chickpeas and peanuts. They are cheap and rich in protein and fibre.',
    seeAlso: ['plant-based diet', 'dietary fibre'],
  },
  {
    term: 'bioactive compound',
    aliases: ['bioactive', 'bioactive compounds', 'bioactives'],
    field: 'nutrition',
    definition:
      'A substance in food or plants that does more in the body than feed it. The polyphenols in tea are one example.',
    seeAlso: ['polyphenol'],
  },
  {
    term: 'fruit juice',
    aliases: ['fruit juices', 'pure fruit juice', 'smoothie', 'fruit smoothie'],
    field: 'nutrition',
    definition:
      'Juice from fruit. It keeps the fruit\'s sugar but loses most of its fibre, so health advice counts it as sugar and limits it to a small glass a day.',
    seeAlso: ['added sugar', 'sugary drink'],
  },
  {
    term: 'oily fish',
    aliases: ['fatty fish', 'oily fish such as salmon'],
    field: 'nutrition',
    definition:
      'Fish with fat in its flesh, such as salmon, mackerel and sardines. It is the richest food source of the omega-3 fats found in fish oil.',
    seeAlso: ['omega-3'],
  },
  {
    term: 'dark chocolate',
    aliases: ['cocoa'],
    field: 'nutrition',
    definition:
      'Chocolate with a lot of cocoa and less sugar and milk. Cocoa holds flavanols, which studies link to healthy blood vessels, though most of those studies are small.',
    seeAlso: ['flavanol'],
  },
  {
    term: 'tree nut',
    aliases: ['tree nuts', 'walnuts', 'almonds', 'hazelnuts'],
    field: 'nutrition',
    definition:
      'Nuts that grow on trees, such as almonds, walnuts, cashews and hazelnuts. Peanuts are legumes, not tree nuts.',
    seeAlso: ['legume', 'food allergy'],
  },
  {
    term: 'alpha-linolenic acid',
    aliases: ['ALA', 'alpha linolenic acid'],
    field: 'nutrition',
    definition:
      'A plant form of omega-3 fat, found in flaxseed, walnuts and rapeseed oil. The body turns only a little of it into the omega-3s found in fish.',
    seeAlso: ['omega-3'],
    context: ['omega-3', 'fat', 'fats', 'fatty acid', 'fatty acids', 'flaxseed', 'walnuts', 'oil', 'diet', 'fish', 'intake', 'linolenic'],
  },
  {
    term: 'hazardous drinking',
    aliases: ['heavy drinking', 'hazardous alcohol use'],
    field: 'nutrition',
    definition:
      'Drinking enough alcohol to raise the risk of harm to health, even if no harm has shown yet. In the UK that means more than 14 units a week.',
    seeAlso: ['binge drinking', 'standard drink'],
  },
  {
    term: 'food insecurity',
    aliases: ['food insecure', 'food poverty', 'food-insecure'],
    field: 'nutrition',
    definition:
      'Not being sure of having enough affordable, healthy food. It is linked to poorer health in children and adults.',
    seeAlso: ['malnutrition'],
  },
  {
    term: 'infant formula',
    aliases: ['formula milk', 'baby formula', 'formula-fed', 'formula feeding', 'formula-feeding'],
    field: 'nutrition',
    definition:
      'Milk powder or liquid made to feed babies instead of breast milk, usually from cow\'s milk with nutrients added.',
    seeAlso: ['breastfeeding'],
  },
  {
    term: 'hydrolysed formula',
    aliases: ['hydrolyzed formula', 'hypoallergenic formula', 'hydrolysed infant formula'],
    field: 'nutrition',
    definition:
      'Baby formula whose milk proteins are broken into small bits. A baby with a milk allergy is less likely to react to them.',
    seeAlso: ['infant formula', 'cow\'s milk allergy'],
  },
  {
    term: 'iodised salt',
    aliases: ['iodized salt'],
    field: 'nutrition',
    definition:
      'Table salt with a little iodine added. It is a cheap way to prevent iodine deficiency, which can harm growth and brain development.',
    seeAlso: ['iodine'],
  },
  {
    term: 'rickets',
    field: 'nutrition',
    definition:
      'A disease of children in which bones go soft and bend, mostly from too little vitamin D or calcium.',
    seeAlso: ['vitamin D', 'calcium'],
  },
  {
    term: 'selenium',
    aliases: ['selenium supplements'],
    field: 'nutrition',
    definition:
      'A mineral the body needs in tiny amounts, found in nuts, fish and grains. Trials found selenium pills do not prevent cancer.',
    seeAlso: ['micronutrient'],
    context: ['diet', 'supplement', 'supplements', 'nutrient', 'deficiency', 'intake', 'vitamin', 'food', 'foods', 'mineral', 'nuts', 'cancer', 'soil'],
  },
  {
    term: 'carotenoid',
    aliases: ['carotenoids', 'lutein', 'lycopene', 'zeaxanthin'],
    field: 'nutrition',
    definition:
      'Yellow, orange and red plant colours found in carrots, tomatoes and leafy greens. The body turns some of them into vitamin A.',
    seeAlso: ['beta-carotene', 'vitamin A'],
  },
  {
    term: 'homocysteine',
    field: 'nutrition',
    definition:
      'An amino acid in the blood. High levels are linked to heart disease and dementia. B vitamins lower it, but trials found that did not prevent disease.',
    seeAlso: ['B vitamins'],
  },
  {
    term: 'niacin',
    aliases: ['vitamin B3', 'nicotinic acid', 'nicotinamide'],
    field: 'nutrition',
    definition:
      'Vitamin B3, found in meat, fish and grains. High doses were once used to lower cholesterol, but in trials they did not prevent heart attacks.',
    seeAlso: ['B vitamins'],
  },
  {
    term: 'omega-6',
    aliases: ['omega-6 fatty acids', 'omega-6 fatty acid', 'omega-6s', 'linoleic acid'],
    field: 'nutrition',
    definition:
      'A family of fats found in vegetable oils, nuts and seeds. The body needs them, and swapping saturated fat for them seems to help the heart.',
    seeAlso: ['omega-3', 'unsaturated fat'],
  },
  {
    term: 'coconut oil',
    field: 'nutrition',
    definition:
      'An oil from coconuts that is solid at room temperature and very high in saturated fat. It raises LDL cholesterol, despite health claims.',
    seeAlso: ['saturated fat'],
  },
  {
    term: 'palm oil',
    aliases: ['palm kernel oil'],
    field: 'nutrition',
    definition:
      'A cheap oil from oil palm fruit, used in many processed foods. It is high in saturated fat, and growing it has cleared rainforests.',
    seeAlso: ['saturated fat'],
  },
  {
    term: 'margarine',
    aliases: ['margarines'],
    field: 'nutrition',
    definition:
      'A butter-like spread made from vegetable oils. Old kinds held trans fat; most today do not.',
    seeAlso: ['trans fat'],
  },
  {
    term: 'dietary cholesterol',
    aliases: ['cholesterol in food'],
    field: 'nutrition',
    definition:
      'Cholesterol eaten in food such as eggs, meat and shellfish. For most people it raises blood cholesterol much less than saturated fat does.',
    seeAlso: ['cholesterol', 'saturated fat'],
  },
  {
    term: 'salt substitute',
    aliases: ['salt substitutes', 'potassium-enriched salt', 'low-sodium salt'],
    field: 'nutrition',
    definition:
      'A salt in which some sodium is swapped for potassium. A big trial found it cut strokes and deaths.',
    seeAlso: ['sodium', 'potassium'],
  },
  {
    term: 'sugar substitute',
    aliases: ['sugar substitutes', 'sweetener', 'stevia', 'xylitol', 'non-sugar sweeteners'],
    field: 'nutrition',
    definition:
      'Something used to sweeten food instead of sugar, with few or no calories. Some come from plants, others are made in a lab.',
    seeAlso: ['artificial sweetener'],
  },
  {
    term: 'low-fat diet',
    aliases: ['low-fat', 'low fat', 'low-fat foods', 'reduced-fat'],
    field: 'nutrition',
    definition:
      'A diet or food with less fat than usual. Low-fat foods can have extra sugar added to keep their taste.',
    seeAlso: ['low-carb diet'],
  },
  {
    term: 'full-fat dairy',
    aliases: ['full-fat', 'whole milk', 'full-fat milk'],
    field: 'nutrition',
    definition:
      'Milk, cheese and yoghurt with none of their fat taken out. Some studies suggest it is less harmful to the heart than once thought.',
    seeAlso: ['dairy products', 'saturated fat'],
  },
  {
    term: 'dairy products',
    aliases: ['dairy', 'dairy foods', 'dairy intake', 'dairy product', 'milk products'],
    field: 'nutrition',
    definition:
      'Milk and foods made from it, such as cheese, yoghurt and butter. They supply calcium and protein, and some are high in saturated fat.',
    seeAlso: ['calcium'],
  },
  {
    term: 'refined grain',
    aliases: ['refined grains', 'refined carbohydrates', 'refined carbs', 'white bread', 'white rice', 'refined flour'],
    field: 'nutrition',
    definition:
      'Grain with its outer layers removed, as in white bread and white rice. It has less fibre and vitamins than whole grain.',
    seeAlso: ['whole grain', 'glycaemic index'],
  },
  {
    term: 'resistant starch',
    field: 'nutrition',
    definition:
      'Starch that escapes digestion and feeds gut bacteria, like fibre. Cooled cooked potatoes and rice, and green bananas, have some.',
    seeAlso: ['dietary fibre', 'starch'],
  },
  {
    term: 'starch',
    aliases: ['starchy foods', 'starchy', 'starches', 'starchy carbohydrates'],
    field: 'nutrition',
    definition:
      'A carbohydrate made of long chains of sugar, found in bread, rice, pasta and potatoes. The body breaks it down into glucose.',
    seeAlso: ['carbohydrate', 'glucose'],
  },
  {
    term: 'soluble fibre',
    aliases: ['soluble fiber', 'insoluble fibre', 'insoluble fiber', 'beta-glucan'],
    field: 'nutrition',
    definition:
      'Soluble fibre, as in oats and beans, turns to gel in the gut and helps lower cholesterol. Insoluble fibre, as in bran, helps food move through.',
    seeAlso: ['dietary fibre'],
  },
  {
    term: 'short-chain fatty acid',
    aliases: ['short-chain fatty acids', 'SCFA', 'SCFAs', 'butyrate', 'propionate'],
    field: 'nutrition',
    definition:
      'Small fats that gut bacteria make when they break down fibre. They feed the gut lining and may calm inflammation.',
    seeAlso: ['dietary fibre', 'prebiotic'],
  },
  {
    term: 'turmeric',
    aliases: ['curcumin'],
    field: 'nutrition',
    definition:
      'A yellow spice used in curry. Its main chemical, curcumin, is sold as a supplement, but the body takes in very little of it.',
    seeAlso: ['dietary supplement'],
  },
  {
    term: 'green tea',
    aliases: ['green tea extract', 'catechins', 'catechin', 'EGCG'],
    field: 'nutrition',
    definition:
      'Tea made from leaves that are not fermented, rich in chemicals called catechins. High-dose extracts have harmed the liver in rare cases.',
    seeAlso: ['polyphenol'],
  },
  {
    term: 'anthocyanin',
    aliases: ['anthocyanins'],
    field: 'nutrition',
    definition:
      'The red, purple and blue colours in berries, red cabbage and grapes. They are polyphenols studied for heart and brain health.',
    seeAlso: ['polyphenol', 'flavanol'],
  },
  {
    term: 'beetroot juice',
    aliases: ['beet juice'],
    field: 'nutrition',
    definition:
      'A juice rich in nitrate, which the body turns into a gas that widens blood vessels. It can slightly lower blood pressure and aid exercise.',
    seeAlso: ['nitrate'],
  },
  {
    term: 'ketone ester',
    aliases: ['ketone esters', 'ketone drink', 'ketone drinks', 'ketone supplement'],
    field: 'nutrition',
    definition:
      'A drink that raises ketones in the blood without a special diet. Athletes and researchers test it as a fuel.',
    seeAlso: ['ketosis'],
  },
  {
    term: 'whey protein',
    aliases: ['whey', 'protein powder', 'protein powders', 'protein shake', 'protein shakes', 'protein supplement'],
    field: 'nutrition',
    definition:
      'Protein from the watery part of milk left over from cheese making, sold as powder for shakes. It helps build muscle with exercise.',
    seeAlso: ['muscle mass'],
  },
  {
    term: 'leucine',
    aliases: ['branched-chain amino acids', 'BCAA', 'BCAAs'],
    field: 'nutrition',
    definition:
      'An amino acid found in protein foods. It signals muscles to grow, which is why protein supplements boast about it.',
    seeAlso: ['muscle mass', 'whey protein'],
  },
  {
    term: 'multivitamin',
    aliases: ['multivitamins', 'multivitamin pill', 'multivitamin supplements'],
    field: 'nutrition',
    definition:
      'A pill with many vitamins and minerals. Big studies find little benefit for well-fed people.',
    seeAlso: ['dietary supplement'],
  },
  {
    term: 'megadose',
    aliases: ['megadoses', 'high-dose vitamins'],
    field: 'nutrition',
    definition:
      'A dose of a vitamin far above what the body needs. Extra amounts of some, like vitamin A, can be harmful.',
    seeAlso: ['dietary supplement'],
  },
  {
    term: 'recommended daily allowance',
    aliases: ['RDA', 'recommended dietary allowance', 'reference intake', 'reference nutrient intake', 'daily value', 'recommended intake'],
    field: 'nutrition',
    definition:
      'The amount of a nutrient that covers the needs of nearly all healthy people. Food labels compare their contents to it.',
    seeAlso: ['nutrient'],
  },
  {
    term: 'five a day',
    aliases: ['5 A Day', 'five portions of fruit and vegetables', '5-a-day'],
    field: 'nutrition',
    definition:
      'The advice to eat at least five portions of fruit and vegetables a day, each about 80 grams.',
    seeAlso: ['leafy greens'],
  },
  {
    term: 'portion size',
    aliases: ['portion sizes', 'serving size', 'serving sizes'],
    field: 'nutrition',
    definition:
      'How much food is served at once. Bigger portions lead people to eat more without noticing.',
    seeAlso: ['calorie'],
  },
  {
    term: 'food labelling',
    aliases: ['food labels', 'food label', 'nutrition labels', 'nutrition label', 'front-of-pack labels', 'traffic light labels', 'Nutri-Score'],
    field: 'nutrition',
    definition:
      'Information on packs about what food holds, such as calories, sugar, fat and salt. Colour codes help shoppers compare at a glance.',
    seeAlso: ['sodium', 'added sugar'],
  },
  {
    term: 'nutrient profiling',
    aliases: ['nutrient profile', 'nutrient profile model'],
    field: 'nutrition',
    definition:
      'A way to score foods as healthy or not from what is in them. It is used for labels and for rules on adverts.',
    seeAlso: ['food labelling'],
  },
  {
    term: 'junk food',
    aliases: ['junk foods', 'fast food', 'fast-food', 'takeaway food', 'takeaways'],
    field: 'nutrition',
    definition:
      'Food with lots of calories, fat, sugar or salt and little fibre or vitamins. Crisps, sweets, burgers and fried chicken are examples.',
    seeAlso: ['ultra-processed food'],
  },
  {
    term: 'snacking',
    aliases: ['snacks', 'between-meal snacks'],
    field: 'nutrition',
    definition:
      'Eating between meals. What the snack is matters more than how often people snack.',
    seeAlso: ['calorie'],
  },
  {
    term: 'meal timing',
    aliases: ['chrononutrition', 'late-night eating', 'eating late'],
    field: 'nutrition',
    definition:
      'When in the day people eat. Some studies suggest eating earlier and within fewer hours helps weight and blood sugar.',
    seeAlso: ['intermittent fasting'],
  },
  {
    term: 'breakfast skipping',
    aliases: ['skipping breakfast', 'skip breakfast', 'breakfast skippers'],
    field: 'nutrition',
    definition:
      'Not eating breakfast. Studies link it to poorer health, but that may reflect other habits of people who skip it.',
    seeAlso: ['meal timing'],
  },
  {
    term: 'food environment',
    aliases: ['food environments', 'food desert', 'food deserts', 'food swamp', 'food swamps'],
    field: 'nutrition',
    definition:
      'The shops, restaurants, prices and adverts around people that shape what they eat. A food desert has few places to buy fresh food.',
    seeAlso: ['obesogenic environment'],
  },
  {
    term: 'minimally processed food',
    aliases: ['unprocessed food', 'unprocessed foods', 'minimally processed', 'whole foods', 'whole food', 'minimally processed foods'],
    field: 'nutrition',
    definition:
      'Food close to its natural state, such as fresh fruit, plain milk or dried beans. It may be washed, frozen or dried, but nothing is added.',
    seeAlso: ['ultra-processed food'],
  },
  {
    term: 'lactose',
    aliases: ['lactase', 'milk sugar'],
    field: 'nutrition',
    definition:
      'The sugar in milk. Many adults make too little lactase, the enzyme that digests it, so milk gives them bloating.',
    seeAlso: ['food intolerance'],
  },
  {
    term: 'rapeseed oil',
    aliases: ['canola oil', 'canola'],
    field: 'nutrition',
    definition:
      'An oil from rapeseed plants, low in saturated fat and with some plant omega-3. In North America it is called canola oil.',
    seeAlso: ['alpha-linolenic acid'],
  },
  {
    term: 'eicosapentaenoic acid',
    aliases: ['icosapent ethyl', 'Vascepa'],
    field: 'nutrition',
    definition:
      'One of the omega-3 fats found in oily fish. A purified, high-dose form is sold as a drug to lower heart risk.',
    seeAlso: ['omega-3'],
  },
  {
    term: 'energy expenditure',
    aliases: ['energy balance', 'calories burned', 'total energy expenditure'],
    field: 'nutrition',
    definition:
      'The energy the body uses in a day, for breathing, digesting, moving and exercise. It is usually counted in calories.',
    seeAlso: ['metabolic rate', 'calorie'],
  },
  {
    term: 'anthropometry',
    aliases: ['anthropometric', 'anthropometric measurements', 'skinfold thickness', 'skinfold', 'skinfolds'],
    field: 'nutrition',
    definition:
      'Body measures such as height, weight, waist size and the thickness of a pinch of skin. They are used to judge growth, fat and diet.',
    seeAlso: ['BMI', 'waist circumference'],
  },
  {
    term: 'essential amino acid',
    aliases: ['essential amino acids', 'complete protein', 'complete proteins'],
    field: 'nutrition',
    definition:
      'One of nine building blocks of protein the body cannot make, so they must come from food. Meat, eggs, dairy and soya have all nine.',
    seeAlso: ['amino acid'],
  },
  {
    term: 'plant protein',
    aliases: ['plant-based protein', 'plant proteins', 'vegetable protein'],
    field: 'nutrition',
    definition:
      'Protein from beans, lentils, nuts, grains and soya rather than from animals. Swapping meat for it is linked to lower heart risk.',
    seeAlso: ['legume', 'plant-based diet'],
  },
  {
    term: 'meat substitute',
    aliases: ['meat substitutes', 'meat alternative', 'meat alternatives', 'plant-based meat', 'fake meat', 'mock meat'],
    field: 'nutrition',
    definition:
      'Food made to look and taste like meat from plants, fungi or other sources. Many are heavily processed and high in salt.',
    seeAlso: ['plant-based diet', 'ultra-processed food'],
  },
  {
    term: 'cultivated meat',
    aliases: ['lab-grown meat', 'cultured meat', 'cell-cultured meat', 'lab-grown chicken'],
    field: 'nutrition',
    definition:
      'Meat grown from animal cells in tanks rather than taken from a slaughtered animal. It is still costly and sold in only a few countries.',
    seeAlso: ['novel food'],
  },
  {
    term: 'edible insects',
    aliases: ['insect protein', 'insect flour', 'cricket flour', 'eating insects'],
    field: 'nutrition',
    definition:
      'Insects such as crickets and mealworms eaten as food, a protein source that needs little land or water.',
    seeAlso: ['novel food'],
  },
  {
    term: 'soya',
    aliases: ['soy', 'soybean', 'soybeans', 'soya beans', 'tofu', 'soy milk', 'soya milk'],
    field: 'nutrition',
    definition:
      'A bean rich in protein, used to make tofu, soya milk and many processed foods.',
    seeAlso: ['plant protein', 'isoflavone'],
  },
  {
    term: 'isoflavone',
    aliases: ['isoflavones', 'phytoestrogen', 'phytoestrogens', 'plant oestrogens'],
    field: 'nutrition',
    definition:
      'Plant chemicals in soya that act a little like the hormone oestrogen. Studies have not found that normal amounts of soya cause harm.',
    seeAlso: ['soya', 'oestrogen'],
  },
  {
    term: 'gluten-free diet',
    aliases: ['gluten-free', 'gluten free', 'gluten-free foods'],
    field: 'nutrition',
    definition:
      'A diet with no wheat, barley or rye. It is the treatment for coeliac disease, but offers no proven benefit to people without it.',
    seeAlso: ['gluten', 'coeliac disease'],
  },
  {
    term: 'low-FODMAP diet',
    aliases: ['FODMAP', 'FODMAPs', 'low FODMAP'],
    field: 'nutrition',
    definition:
      'A diet that cuts some sugars and fibres that gut bacteria ferment, such as in onions, beans and wheat. It can ease irritable bowel syndrome.',
    seeAlso: ['irritable bowel syndrome'],
  },
  {
    term: 'elimination diet',
    aliases: ['elimination diets', 'exclusion diet'],
    field: 'nutrition',
    definition:
      'A diet that cuts out a food for some weeks and then adds it back, to test whether it causes symptoms.',
    seeAlso: ['food intolerance', 'food allergy'],
  },
  {
    term: 'paleo diet',
    aliases: ['paleo', 'Palaeolithic diet', 'paleolithic diet', 'caveman diet'],
    field: 'nutrition',
    definition:
      'A diet based on what people may have eaten before farming: meat, fish, vegetables, fruit and nuts, without grains, dairy or processed food.',
  },
  {
    term: 'flexitarian diet',
    aliases: ['flexitarian', 'flexitarians', 'semi-vegetarian'],
    field: 'nutrition',
    definition:
      'A mostly plant-based diet that still includes some meat or fish now and then.',
    seeAlso: ['plant-based diet'],
  },
  {
    term: 'Nordic diet',
    aliases: ['New Nordic diet'],
    field: 'nutrition',
    definition:
      'A diet based on foods of northern Europe, such as rye bread, berries, cabbage, fish and rapeseed oil.',
    seeAlso: ['Mediterranean diet'],
  },
  {
    term: 'very low calorie diet',
    aliases: ['very low calorie diets', 'VLCD', 'total diet replacement', 'meal replacement', 'meal replacements', 'soup and shake diet'],
    field: 'nutrition',
    definition:
      'A diet of about 800 calories a day, often using shakes and soups instead of meals. It can put type 2 diabetes into remission in some people.',
    seeAlso: ['calorie restriction', 'type 2 diabetes'],
  },
  {
    term: 'fad diet',
    aliases: ['fad diets', 'crash diet', 'crash diets', 'detox diet', 'juice cleanse', 'detox'],
    field: 'nutrition',
    definition:
      'A popular diet that promises fast results, often by cutting out whole food groups. Most lack evidence, and the weight usually returns.',
    seeAlso: ['weight cycling'],
  },
  {
    term: 'electrolytes',
    aliases: ['electrolyte balance', 'electrolyte drinks'],
    field: 'nutrition',
    definition:
      'Salts in the body\'s fluids, such as sodium and potassium, that carry electric charges. Nerves, muscles and the heart need them in balance.',
    seeAlso: ['sodium', 'potassium', 'dehydration'],
  },
  {
    term: 'sports drink',
    aliases: ['sports drinks', 'isotonic drink', 'isotonic drinks'],
    field: 'nutrition',
    definition:
      'A drink with sugar and salts made to replace what is lost in long, hard exercise. For most people water is enough.',
    seeAlso: ['electrolytes', 'sugary drink'],
  },
  {
    term: 'energy drink',
    aliases: ['energy drinks'],
    field: 'nutrition',
    definition:
      'A drink high in caffeine and often sugar, marketed for alertness. Some countries ban selling them to children.',
    seeAlso: ['caffeine'],
  },
  {
    term: 'moderate drinking',
    aliases: ['moderate alcohol consumption', 'light drinking', 'light drinkers', 'moderate drinkers'],
    field: 'nutrition',
    definition:
      'Drinking a little alcohol, such as up to one drink a day. Studies that found it healthy often compared drinkers with sick former drinkers.',
    seeAlso: ['standard drink', 'hazardous drinking'],
  },
  {
    term: 'dry January',
    aliases: ['Dry January', 'sober curious', 'sober-curious'],
    field: 'nutrition',
    definition:
      'Dry January is a month without alcohol at the start of the year. Being sober curious means choosing to drink less or not at all.',
    seeAlso: ['standard drink'],
  },
  {
    term: 'sucrose',
    aliases: ['table sugar', 'cane sugar', 'glucose syrup', 'maltodextrin'],
    field: 'nutrition',
    definition:
      'Sucrose is table sugar, made of one glucose and one fructose joined. Glucose syrup and maltodextrin are sugars made from starch.',
    seeAlso: ['glucose', 'fructose', 'added sugar'],
  },
  {
    term: 'psyllium',
    aliases: ['psyllium husk', 'ispaghula', 'Metamucil', 'fibre supplement', 'fibre supplements'],
    field: 'nutrition',
    definition:
      'A fibre from plant seed husks, sold as a supplement. It soaks up water, easing constipation, and lowers cholesterol a little.',
    seeAlso: ['soluble fibre', 'constipation'],
  },
  {
    term: 'oats',
    aliases: ['oat', 'oatmeal', 'porridge', 'porridge oats', 'oat bran'],
    field: 'nutrition',
    definition:
      'A whole grain eaten as porridge or muesli. Its soluble fibre lowers cholesterol a little.',
    seeAlso: ['soluble fibre', 'whole grain'],
  },
  {
    term: 'bran',
    aliases: ['wheat bran', 'bran flakes'],
    field: 'nutrition',
    definition:
      'The hard outer layer of cereal grains, rich in insoluble fibre. It is removed to make white flour.',
    seeAlso: ['whole grain', 'refined grain'],
  },
  {
    term: 'superfood',
    aliases: ['superfoods'],
    field: 'nutrition',
    definition:
      'A marketing word for a food said to be unusually healthy, such as blueberries or kale. It has no scientific or legal meaning.',
    seeAlso: ['health claim'],
  },
  {
    term: 'food fortification',
    aliases: ['fortified foods', 'fortified food', 'fortified', 'fortification', 'folic acid fortification', 'fortified with'],
    field: 'nutrition',
    definition:
      'Adding vitamins or minerals to common foods, such as folic acid to flour or vitamin D to milk. It helps a whole country get enough of them.',
    seeAlso: ['folic acid', 'nutrient deficiency'],
    context: ['flour', 'milk', 'food', 'foods', 'cereal', 'cereals', 'vitamin', 'vitamins', 'iron', 'folic acid', 'salt', 'iodine', 'bread', 'nutrients'],
  },
  {
    term: 'shellfish',
    aliases: ['seafood', 'shellfish allergy', 'prawns', 'mussels', 'oysters'],
    field: 'nutrition',
    definition:
      'Sea animals with shells, such as prawns, crabs, mussels and oysters. They are a common cause of food allergy and food poisoning.',
    seeAlso: ['food allergy', 'foodborne illness'],
  },
  {
    term: 'methylmercury',
    aliases: ['mercury in fish', 'mercury levels in fish'],
    field: 'nutrition',
    definition:
      'A form of mercury that builds up in large fish such as tuna and swordfish. It can harm a baby\'s developing brain, so pregnant women limit such fish.',
    seeAlso: ['oily fish'],
  },
  {
    term: 'organic food',
    aliases: ['organic foods', 'organic produce', 'organic farming', 'organically grown'],
    field: 'nutrition',
    definition:
      'Food grown without most man-made pesticides and fertilisers. It has fewer pesticide traces, but studies find little gain in nutrients.',
    seeAlso: ['pesticide'],
  },
  {
    term: 'genetically modified food',
    aliases: ['GM foods', 'GMO food'],
    field: 'nutrition',
    definition:
      'Food from crops whose genes were changed in a lab, for example to resist pests. Major reviews find it as safe to eat as other food.',
  },
  {
    term: 'acrylamide',
    field: 'nutrition',
    definition:
      'A chemical that forms when starchy foods are fried, roasted or toasted at high heat, as in crisps and burnt toast. It causes cancer in animals; the risk to people is unclear.',
    seeAlso: ['carcinogen'],
  },
  {
    term: 'nitrosamine',
    aliases: ['nitrosamines', 'N-nitroso compounds'],
    field: 'nutrition',
    definition:
      'Chemicals that can form from nitrites in processed meat and in some drugs. Many cause cancer in animals.',
    seeAlso: ['nitrite', 'processed meat', 'carcinogen'],
  },
  {
    term: 'heterocyclic amines',
    aliases: ['HCAs', 'charred meat', 'barbecued meat'],
    field: 'nutrition',
    definition:
      'Chemicals that form when meat is cooked at high heat or charred on a grill. They cause cancer in animals.',
    seeAlso: ['carcinogen', 'red meat'],
  },
  {
    term: 'aflatoxin',
    aliases: ['aflatoxins', 'mycotoxin', 'mycotoxins'],
    field: 'nutrition',
    definition:
      'Poisons made by moulds that grow on crops such as peanuts and maize in warm, damp storage. They can cause liver cancer.',
    seeAlso: ['hepatocellular carcinoma'],
  },
  {
    term: 'food safety',
    aliases: ['food hygiene', 'food-safety', 'food handling'],
    field: 'nutrition',
    definition:
      'The steps that keep food from making people ill, from farm to plate: clean hands, cooking well, chilling and not mixing raw and cooked food.',
    seeAlso: ['foodborne illness'],
  },
  {
    term: 'use-by date',
    aliases: ['use by date', 'best before date', 'best-before date', 'best before', 'expiry date', 'sell-by date'],
    field: 'nutrition',
    definition:
      'A use-by date is about safety: do not eat after it. A best-before date is about quality: food is often fine after it.',
    seeAlso: ['food safety'],
  },
  {
    term: 'raw milk',
    aliases: ['unpasteurised milk', 'unpasteurized milk', 'pasteurisation', 'pasteurised', 'pasteurized milk'],
    field: 'nutrition',
    definition:
      'Milk that has not been heated to kill germs. Pasteurisation heats milk briefly to make it safe; raw milk can carry listeria and E. coli.',
    seeAlso: ['listeria', 'Escherichia coli'],
  },
  {
    term: 'hydration',
    aliases: ['hydrated', 'staying hydrated', 'fluid intake', 'thirst'],
    field: 'nutrition',
    definition:
      'Having enough water in the body. Thirst is the body\'s signal to drink; older people feel it less.',
    seeAlso: ['dehydration'],
    context: ['water', 'drink', 'drinking', 'drinks', 'fluid', 'fluids', 'body', 'exercise', 'heat', 'thirst', 'dehydration', 'urine', 'kidney'],
  },
  {
    term: 'honey',
    aliases: ['manuka honey', 'Manuka honey'],
    field: 'nutrition',
    definition:
      'A sweet food made by bees. Nutritionally it counts as sugar; medical-grade honey is used on some wounds.',
    seeAlso: ['added sugar'],
    context: ['bees', 'sugar', 'sugars', 'wound', 'wounds', 'cough', 'sweet', 'food', 'diet', 'manuka', 'calories'],
  },
];
