/**
 * Tag stage: shapes of people's names that English given names do not reveal: a Chinese or Korean name written
 * family name first ("Zhang Yufei", "Tsai Ing-wen", "Kim Jong-un") and a family name with an ending of the Slavic, Georgian or Armenian names
 * ("Kostiantyn Yelisieiev", "Tamila Varshalomidze", "Tigran Balayan"). Pure.
 */

/**
 * Common Chinese family names, in pinyin and in the Cantonese and Taiwanese spellings news stories use: the hundred
 * commonest of the surname report of China's Ministry of Public Security (2019), and Wong, Chan, Tsai and the like.
 */
const CHINESE_FAMILY_NAMES = new Set(
  `Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang Han
  Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Yu Jiang Cai Du Ye Cheng Su Wei Lu Ding Ren Shen Yao Cui Zhong Tan
  Fan Jin Shi Liao Jia Xia Fu Fang Bai Zou Meng Xiong Qin Qiu Yin Xue Yan Duan Lei Hou Long Tao Gu Mao Hao Gong Shao
  Wan Qian Dai Mo Kong Xiang Chang Kang Geng Guan Niu Zhai Chan Wong Leung Cheung Lam Ho Ng Tsai Hsu Chiang Lai Kuo
  Hsieh Chou Tseng Lo Yeh Tsang Kwok Chiu Lee`.split(/\s+/),
);

/** Common Korean family names; a Korean given name is written with a hyphen ("Kim Jong-un", "Moon Jae-in"). */
const KOREAN_FAMILY_NAMES = new Set(
  'Kim Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong Jeon Ko Moon Ri Pak Choe'.split(
    ' ',
  ),
);

/** One pinyin syllable: an optional initial and a final (loosely: not every pair of them is a syllable). */
const SYLLABLE =
  '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ao|an|ei|en|er|ia|ie|in|iu|ou|ua|ue|ui|un|uo|a|e|i|o|u|ü)';
/** A Chinese given name written as one word: one or two syllables ("Min", "Yufei"). */
const CHINESE_GIVEN_NAME = new RegExp(`^(?:${SYLLABLE}){1,2}$`, 'iu');

/** Endings of Slavic, Georgian and Armenian family names: -ov, -eva, -enko, -chuk, -sky, -vich, -shvili, -dze, -yan. */
const FAMILY_NAME_ENDING = /(?:ov|ova|ev|eva|enko|chuk|yuk|iuk|sky|skiy|skyi|skii|ska|skaya|vich|shvili|dze|yan)$/u;

/** A capitalised word of letters, as names are written ("Yufei", "Ing-wen"). */
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u;

/**
 * True when the words are a Chinese or Korean name written family name first: "Zhang Yufei", "Gao Min",
 * "Tsai Ing-wen", "Kim Jong-un".
 */
export function isFamilyNameFirst(words: string[]): boolean {
  if (words.length !== 2 || !NAME_WORD.test(words[1]!)) return false;
  const [family, given] = words as [string, string];
  if (given.includes('-')) return CHINESE_FAMILY_NAMES.has(family) || KOREAN_FAMILY_NAMES.has(family);
  return CHINESE_FAMILY_NAMES.has(family) && CHINESE_GIVEN_NAME.test(given);
}

/** True when the last of two or three name words ends as Slavic, Georgian and Armenian family names do. */
export function hasFamilyNameEnding(words: string[]): boolean {
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((w) => NAME_WORD.test(w)) &&
    FAMILY_NAME_ENDING.test(words.at(-1)!)
  );
}
