/** How a product's subheading changes in a later edition (see HsReclassificationRepository). */
export const HS_CODE_CHANGES = ['deleted', 'renumbered', 'split'] as const;
export type HsCodeChange = (typeof HS_CODE_CHANGES)[number];
