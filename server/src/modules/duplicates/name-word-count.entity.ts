import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How many customers' distinctive names contain each word (see COMMON_WORD_MIN_CUSTOMERS). */
@Entity('name_word_counts')
export class NameWordCountEntity {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  word: string;

  @Column({ type: 'int' })
  customers: number;
}
