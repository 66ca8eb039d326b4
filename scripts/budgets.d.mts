export declare const ISLAND_GZIP_BUDGET: number;
