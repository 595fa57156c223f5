void term_support_placeholder(void);
