import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Every claim, follow-up and assignment reads the pool policy under a shared advisory lock that
 * a policy save takes exclusively. Taking the lock and reading the setting were two round trips;
 * one call of this function does both. It must be a VOLATILE function: its SELECT then takes a
 * fresh snapshot after the lock is granted, so it sees a save that committed while we waited
 * (in one plain statement the snapshot would predate the wait).
 */
export class SettingUnderSharedLock1795391900000 implements MigrationInterface {
    name = 'SettingUnderSharedLock1795391900000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE FUNCTION berth_setting_under_shared_lock(lock_name text, setting_key text) RETURNS jsonb
            LANGUAGE plpgsql VOLATILE AS $$
            BEGIN
                PERFORM pg_advisory_xact_lock_shared(hashtext(lock_name));
                RETURN (SELECT value FROM app_settings WHERE key = setting_key);
            END $$`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP FUNCTION berth_setting_under_shared_lock(text, text)`);
    }

}
