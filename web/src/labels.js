// Arabic labels for the codes the API returns.

export const QUADS = {
  1: { name: 'تعاون لفظي', short: 'تعاون ل.', kind: 'coop' },
  2: { name: 'تعاون مادي', short: 'تعاون م.', kind: 'coop' },
  3: { name: 'صراع لفظي', short: 'صراع ل.', kind: 'conflict' },
  4: { name: 'صراع مادي', short: 'صراع م.', kind: 'conflict' },
};

export const QUAD_COLORS = { 1: '#7fbf7b', 2: '#1b7837', 3: '#f4a582', 4: '#b2182b' };

/** CAMEO root codes (two digits) in Arabic. */
export const CAMEO_ROOTS = {
  '01': 'تصريح علني',
  '02': 'مناشدة',
  '03': 'إبداء نية التعاون',
  '04': 'تشاور',
  '05': 'تعاون دبلوماسي',
  '06': 'تعاون مادي',
  '07': 'تقديم مساعدة',
  '08': 'تنازل',
  '09': 'تحقيق',
  '10': 'مطالبة',
  '11': 'استنكار',
  '12': 'رفض',
  '13': 'تهديد',
  '14': 'احتجاج',
  '15': 'استعراض قوة',
  '16': 'تقليص العلاقات',
  '17': 'إكراه',
  '18': 'اعتداء',
  '19': 'قتال',
  '20': 'عنف جماعي',
};

export const ACTOR_TYPES = {
  state: 'دولة',
  person: 'شخص',
  organisation: 'منظمة',
  armed_group: 'جماعة مسلحة',
  movement: 'حركة',
  place: 'مكان',
};

export const cameoName = (code) => {
  const root = String(code || '').slice(0, 2);
  return CAMEO_ROOTS[root] ? `${CAMEO_ROOTS[root]}` : 'حدث';
};

export const actorType = (t) => ACTOR_TYPES[t] || t || '';
