 (func $kernels-as/assembly/gemv_panel16/gemv<f32> (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 i32)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 i32)
  (local $19 i32)
  (local $20 v128)
  (local $21 i64)
  (local $22 i32)
  (local $23 i32)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 v128)
  local.get $2
  i32.const 6
  i32.shl
  local.set $23
  local.get $6
  local.set $9
  loop $for-loop|0
   local.get $7
   local.get $9
   i32.gt_s
   if
    local.get $4
    local.get $9
    local.get $23
    i32.mul
    i32.add
    local.set $22
    i32.const 0
    local.set $19
    loop $for-loop|1
     local.get $1
     local.get $19
     i32.gt_s
     if
      local.get $19
      i32.const 1
      i32.add
      local.get $1
      i32.lt_s
      if
       i32.const 16
       local.get $3
       local.get $9
       i32.const 4
       i32.shl
       local.tee $6
       i32.sub
       local.tee $8
       local.get $8
       i32.const 16
       i32.gt_s
       select
       local.set $12
       local.get $5
       local.get $3
       local.get $19
       i32.mul
       local.get $6
       i32.add
       i32.const 2
       i32.shl
       i32.add
       local.tee $28
       local.get $3
       i32.const 2
       i32.shl
       i32.add
       local.set $29
       i32.const 0
       local.set $18
       loop $for-loop|2
        local.get $18
        i32.const 0
        i32.le_s
        if
         local.get $2
         i64.extend_i32_s
         local.tee $21
         local.get $18
         i64.extend_i32_s
         i64.mul
         i32.wrap_i64
         local.tee $8
         local.get $18
         i32.const 1
         i32.add
         i64.extend_i32_s
         local.get $21
         i64.mul
         i32.wrap_i64
         local.tee $30
         i32.ne
         if
          local.get $0
          local.get $2
          local.get $19
          i32.mul
          local.get $8
          i32.add
          i32.const 2
          i32.shl
          i32.add
          local.tee $31
          local.get $2
          i32.const 2
          i32.shl
          i32.add
          local.set $32
          local.get $22
          local.get $8
          i32.const 6
          i32.shl
          i32.add
          local.set $6
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $14
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $20
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $10
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $13
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $15
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $16
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $17
          local.get $8
          i32.const 0
          i32.gt_s
          if (result v128)
           block $kernels-as/assembly/simd/loadLanes|inlined.0 (result v128)
            local.get $12
            i32.const 4
            i32.ge_s
            if
             local.get $28
             v128.load
             br $kernels-as/assembly/simd/loadLanes|inlined.0
            end
            local.get $12
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $28
             f32.load
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $10
            local.get $12
            i32.const 1
            i32.gt_s
            if
             local.get $10
             local.get $28
             f32.load offset=4
             f32x4.replace_lane 1
             local.set $10
            end
            local.get $12
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $10
             local.get $28
             f32.load offset=8
             f32x4.replace_lane 2
            else
             local.get $10
            end
           end
           local.set $14
           block $kernels-as/assembly/simd/loadLanes|inlined.1 (result v128)
            local.get $12
            i32.const 4
            i32.sub
            local.tee $33
            i32.const 4
            i32.ge_s
            if
             local.get $28
             v128.load offset=16
             br $kernels-as/assembly/simd/loadLanes|inlined.1
            end
            local.get $33
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $28
             f32.load offset=16
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $10
            local.get $33
            i32.const 1
            i32.gt_s
            if
             local.get $10
             local.get $28
             f32.load offset=20
             f32x4.replace_lane 1
             local.set $10
            end
            local.get $33
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $10
             local.get $28
             f32.load offset=24
             f32x4.replace_lane 2
            else
             local.get $10
            end
           end
           local.set $20
           block $kernels-as/assembly/simd/loadLanes|inlined.2 (result v128)
            local.get $12
            i32.const 8
            i32.sub
            local.tee $33
            i32.const 4
            i32.ge_s
            if
             local.get $28
             v128.load offset=32
             br $kernels-as/assembly/simd/loadLanes|inlined.2
            end
            local.get $33
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $28
             f32.load offset=32
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $10
            local.get $33
            i32.const 1
            i32.gt_s
            if
             local.get $10
             local.get $28
             f32.load offset=36
             f32x4.replace_lane 1
             local.set $10
            end
            local.get $33
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $10
             local.get $28
             f32.load offset=40
             f32x4.replace_lane 2
            else
             local.get $10
            end
           end
           local.set $10
           block $kernels-as/assembly/simd/loadLanes|inlined.3 (result v128)
            local.get $12
            i32.const 12
            i32.sub
            local.tee $33
            i32.const 4
            i32.ge_s
            if
             local.get $28
             v128.load offset=48
             br $kernels-as/assembly/simd/loadLanes|inlined.3
            end
            local.get $33
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $28
             f32.load offset=48
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $11
            local.get $33
            i32.const 1
            i32.gt_s
            if
             local.get $11
             local.get $28
             f32.load offset=52
             f32x4.replace_lane 1
             local.set $11
            end
            local.get $33
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $11
             local.get $28
             f32.load offset=56
             f32x4.replace_lane 2
            else
             local.get $11
            end
           end
           local.set $13
           block $kernels-as/assembly/simd/loadLanes|inlined.4 (result v128)
            local.get $12
            i32.const 4
            i32.ge_s
            if
             local.get $29
             v128.load
             br $kernels-as/assembly/simd/loadLanes|inlined.4
            end
            local.get $12
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $29
             f32.load
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $11
            local.get $12
            i32.const 1
            i32.gt_s
            if
             local.get $11
             local.get $29
             f32.load offset=4
             f32x4.replace_lane 1
             local.set $11
            end
            local.get $12
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $11
             local.get $29
             f32.load offset=8
             f32x4.replace_lane 2
            else
             local.get $11
            end
           end
           local.set $15
           block $kernels-as/assembly/simd/loadLanes|inlined.5 (result v128)
            local.get $12
            i32.const 4
            i32.sub
            local.tee $33
            i32.const 4
            i32.ge_s
            if
             local.get $29
             v128.load offset=16
             br $kernels-as/assembly/simd/loadLanes|inlined.5
            end
            local.get $33
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $29
             f32.load offset=16
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $11
            local.get $33
            i32.const 1
            i32.gt_s
            if
             local.get $11
             local.get $29
             f32.load offset=20
             f32x4.replace_lane 1
             local.set $11
            end
            local.get $33
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $11
             local.get $29
             f32.load offset=24
             f32x4.replace_lane 2
            else
             local.get $11
            end
           end
           local.set $16
           block $kernels-as/assembly/simd/loadLanes|inlined.6 (result v128)
            local.get $12
            i32.const 8
            i32.sub
            local.tee $33
            i32.const 4
            i32.ge_s
            if
             local.get $29
             v128.load offset=32
             br $kernels-as/assembly/simd/loadLanes|inlined.6
            end
            local.get $33
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $29
             f32.load offset=32
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $11
            local.get $33
            i32.const 1
            i32.gt_s
            if
             local.get $11
             local.get $29
             f32.load offset=36
             f32x4.replace_lane 1
             local.set $11
            end
            local.get $33
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $11
             local.get $29
             f32.load offset=40
             f32x4.replace_lane 2
            else
             local.get $11
            end
           end
           local.set $17
           block $kernels-as/assembly/simd/loadLanes|inlined.7 (result v128)
            local.get $12
            i32.const 12
            i32.sub
            local.tee $33
            i32.const 4
            i32.ge_s
            if
             local.get $29
             v128.load offset=48
             br $kernels-as/assembly/simd/loadLanes|inlined.7
            end
            local.get $33
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $29
             f32.load offset=48
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $11
            local.get $33
            i32.const 1
            i32.gt_s
            if
             local.get $11
             local.get $29
             f32.load offset=52
             f32x4.replace_lane 1
             local.set $11
            end
            local.get $33
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $11
             local.get $29
             f32.load offset=56
             f32x4.replace_lane 2
            else
             local.get $11
            end
           end
          else
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          end
          local.set $11
          local.get $30
          local.get $8
          i32.sub
          local.set $30
          i32.const 0
          local.set $8
          loop $for-loop|3
           local.get $8
           local.get $30
           i32.lt_u
           if
            local.get $6
            v128.load
            local.tee $34
            local.get $8
            i32.const 2
            i32.shl
            local.tee $33
            local.get $31
            i32.add
            v128.load32_splat
            local.tee $27
            local.get $14
            f32x4.relaxed_madd
            local.set $14
            local.get $6
            v128.load offset=16
            local.tee $24
            local.get $27
            local.get $20
            f32x4.relaxed_madd
            local.set $20
            local.get $6
            v128.load offset=32
            local.tee $25
            local.get $27
            local.get $10
            f32x4.relaxed_madd
            local.set $10
            local.get $6
            v128.load offset=48
            local.tee $26
            local.get $27
            local.get $13
            f32x4.relaxed_madd
            local.set $13
            local.get $34
            local.get $32
            local.get $33
            i32.add
            v128.load32_splat
            local.tee $27
            local.get $15
            f32x4.relaxed_madd
            local.set $15
            local.get $24
            local.get $27
            local.get $16
            f32x4.relaxed_madd
            local.set $16
            local.get $25
            local.get $27
            local.get $17
            f32x4.relaxed_madd
            local.set $17
            local.get $26
            local.get $27
            local.get $11
            f32x4.relaxed_madd
            local.set $11
            local.get $6
            i32.const -64
            i32.sub
            local.set $6
            local.get $8
            i32.const 1
            i32.add
            local.set $8
            br $for-loop|3
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.0
           local.get $12
           i32.const 4
           i32.ge_s
           if
            local.get $28
            local.get $14
            v128.store
            br $kernels-as/assembly/simd/storeLanes|inlined.0
           end
           local.get $12
           i32.const 0
           i32.gt_s
           if
            local.get $28
            local.get $14
            f32x4.extract_lane 0
            f32.store
           end
           local.get $12
           i32.const 1
           i32.gt_s
           if
            local.get $28
            local.get $14
            f32x4.extract_lane 1
            f32.store offset=4
           end
           local.get $12
           i32.const 2
           i32.gt_s
           if
            local.get $28
            local.get $14
            f32x4.extract_lane 2
            f32.store offset=8
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.1
           local.get $12
           i32.const 4
           i32.sub
           local.tee $6
           i32.const 4
           i32.ge_s
           if
            local.get $28
            local.get $20
            v128.store offset=16
            br $kernels-as/assembly/simd/storeLanes|inlined.1
           end
           local.get $6
           i32.const 0
           i32.gt_s
           if
            local.get $28
            local.get $20
            f32x4.extract_lane 0
            f32.store offset=16
           end
           local.get $6
           i32.const 1
           i32.gt_s
           if
            local.get $28
            local.get $20
            f32x4.extract_lane 1
            f32.store offset=20
           end
           local.get $6
           i32.const 2
           i32.gt_s
           if
            local.get $28
            local.get $20
            f32x4.extract_lane 2
            f32.store offset=24
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.2
           local.get $12
           i32.const 8
           i32.sub
           local.tee $6
           i32.const 4
           i32.ge_s
           if
            local.get $28
            local.get $10
            v128.store offset=32
            br $kernels-as/assembly/simd/storeLanes|inlined.2
           end
           local.get $6
           i32.const 0
           i32.gt_s
           if
            local.get $28
            local.get $10
            f32x4.extract_lane 0
            f32.store offset=32
           end
           local.get $6
           i32.const 1
           i32.gt_s
           if
            local.get $28
            local.get $10
            f32x4.extract_lane 1
            f32.store offset=36
           end
           local.get $6
           i32.const 2
           i32.gt_s
           if
            local.get $28
            local.get $10
            f32x4.extract_lane 2
            f32.store offset=40
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.3
           local.get $12
           i32.const 12
           i32.sub
           local.tee $6
           i32.const 4
           i32.ge_s
           if
            local.get $28
            local.get $13
            v128.store offset=48
            br $kernels-as/assembly/simd/storeLanes|inlined.3
           end
           local.get $6
           i32.const 0
           i32.gt_s
           if
            local.get $28
            local.get $13
            f32x4.extract_lane 0
            f32.store offset=48
           end
           local.get $6
           i32.const 1
           i32.gt_s
           if
            local.get $28
            local.get $13
            f32x4.extract_lane 1
            f32.store offset=52
           end
           local.get $6
           i32.const 2
           i32.gt_s
           if
            local.get $28
            local.get $13
            f32x4.extract_lane 2
            f32.store offset=56
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.4
           local.get $12
           i32.const 4
           i32.ge_s
           if
            local.get $29
            local.get $15
            v128.store
            br $kernels-as/assembly/simd/storeLanes|inlined.4
           end
           local.get $12
           i32.const 0
           i32.gt_s
           if
            local.get $29
            local.get $15
            f32x4.extract_lane 0
            f32.store
           end
           local.get $12
           i32.const 1
           i32.gt_s
           if
            local.get $29
            local.get $15
            f32x4.extract_lane 1
            f32.store offset=4
           end
           local.get $12
           i32.const 2
           i32.gt_s
           if
            local.get $29
            local.get $15
            f32x4.extract_lane 2
            f32.store offset=8
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.5
           local.get $12
           i32.const 4
           i32.sub
           local.tee $6
           i32.const 4
           i32.ge_s
           if
            local.get $29
            local.get $16
            v128.store offset=16
            br $kernels-as/assembly/simd/storeLanes|inlined.5
           end
           local.get $6
           i32.const 0
           i32.gt_s
           if
            local.get $29
            local.get $16
            f32x4.extract_lane 0
            f32.store offset=16
           end
           local.get $6
           i32.const 1
           i32.gt_s
           if
            local.get $29
            local.get $16
            f32x4.extract_lane 1
            f32.store offset=20
           end
           local.get $6
           i32.const 2
           i32.gt_s
           if
            local.get $29
            local.get $16
            f32x4.extract_lane 2
            f32.store offset=24
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.6
           local.get $12
           i32.const 8
           i32.sub
           local.tee $6
           i32.const 4
           i32.ge_s
           if
            local.get $29
            local.get $17
            v128.store offset=32
            br $kernels-as/assembly/simd/storeLanes|inlined.6
           end
           local.get $6
           i32.const 0
           i32.gt_s
           if
            local.get $29
            local.get $17
            f32x4.extract_lane 0
            f32.store offset=32
           end
           local.get $6
           i32.const 1
           i32.gt_s
           if
            local.get $29
            local.get $17
            f32x4.extract_lane 1
            f32.store offset=36
           end
           local.get $6
           i32.const 2
           i32.gt_s
           if
            local.get $29
            local.get $17
            f32x4.extract_lane 2
            f32.store offset=40
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.7
           local.get $12
           i32.const 12
           i32.sub
           local.tee $6
           i32.const 4
           i32.ge_s
           if
            local.get $29
            local.get $11
            v128.store offset=48
            br $kernels-as/assembly/simd/storeLanes|inlined.7
           end
           local.get $6
           i32.const 0
           i32.gt_s
           if
            local.get $29
            local.get $11
            f32x4.extract_lane 0
            f32.store offset=48
           end
           local.get $6
           i32.const 1
           i32.gt_s
           if
            local.get $29
            local.get $11
            f32x4.extract_lane 1
            f32.store offset=52
           end
           local.get $6
           i32.const 2
           i32.gt_s
           if
            local.get $29
            local.get $11
            f32x4.extract_lane 2
            f32.store offset=56
           end
          end
         end
         local.get $18
         i32.const 1
         i32.add
         local.set $18
         br $for-loop|2
        end
       end
      else
       i32.const 16
       local.get $3
       local.get $9
       i32.const 4
       i32.shl
       local.tee $6
       i32.sub
       local.tee $8
       local.get $8
       i32.const 16
       i32.gt_s
       select
       local.set $28
       local.get $5
       local.get $3
       local.get $19
       i32.mul
       local.get $6
       i32.add
       i32.const 2
       i32.shl
       i32.add
       local.set $29
       i32.const 0
       local.set $18
       loop $for-loop|5
        local.get $18
        i32.const 0
        i32.le_s
        if
         local.get $2
         i64.extend_i32_s
         local.tee $21
         local.get $18
         i64.extend_i32_s
         i64.mul
         i32.wrap_i64
         local.tee $6
         local.get $18
         i32.const 1
         i32.add
         i64.extend_i32_s
         local.get $21
         i64.mul
         i32.wrap_i64
         local.tee $8
         i32.ne
         if
          local.get $22
          local.get $6
          i32.const 6
          i32.shl
          i32.add
          local.set $12
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $14
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $15
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $10
          local.get $6
          i32.const 0
          i32.gt_s
          if (result v128)
           block $kernels-as/assembly/simd/loadLanes|inlined.20 (result v128)
            local.get $28
            i32.const 4
            i32.ge_s
            if
             local.get $29
             v128.load
             br $kernels-as/assembly/simd/loadLanes|inlined.20
            end
            local.get $28
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $29
             f32.load
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $10
            local.get $28
            i32.const 1
            i32.gt_s
            if
             local.get $10
             local.get $29
             f32.load offset=4
             f32x4.replace_lane 1
             local.set $10
            end
            local.get $28
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $10
             local.get $29
             f32.load offset=8
             f32x4.replace_lane 2
            else
             local.get $10
            end
           end
           local.set $14
           block $kernels-as/assembly/simd/loadLanes|inlined.21 (result v128)
            local.get $28
            i32.const 4
            i32.sub
            local.tee $30
            i32.const 4
            i32.ge_s
            if
             local.get $29
             v128.load offset=16
             br $kernels-as/assembly/simd/loadLanes|inlined.21
            end
            local.get $30
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $29
             f32.load offset=16
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $10
            local.get $30
            i32.const 1
            i32.gt_s
            if
             local.get $10
             local.get $29
             f32.load offset=20
             f32x4.replace_lane 1
             local.set $10
            end
            local.get $30
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $10
             local.get $29
             f32.load offset=24
             f32x4.replace_lane 2
            else
             local.get $10
            end
           end
           local.set $15
           block $kernels-as/assembly/simd/loadLanes|inlined.22 (result v128)
            local.get $28
            i32.const 8
            i32.sub
            local.tee $30
            i32.const 4
            i32.ge_s
            if
             local.get $29
             v128.load offset=32
             br $kernels-as/assembly/simd/loadLanes|inlined.22
            end
            local.get $30
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $29
             f32.load offset=32
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $10
            local.get $30
            i32.const 1
            i32.gt_s
            if
             local.get $10
             local.get $29
             f32.load offset=36
             f32x4.replace_lane 1
             local.set $10
            end
            local.get $30
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $10
             local.get $29
             f32.load offset=40
             f32x4.replace_lane 2
            else
             local.get $10
            end
           end
           local.set $10
           block $kernels-as/assembly/simd/loadLanes|inlined.23 (result v128)
            local.get $28
            i32.const 12
            i32.sub
            local.tee $30
            i32.const 4
            i32.ge_s
            if
             local.get $29
             v128.load offset=48
             br $kernels-as/assembly/simd/loadLanes|inlined.23
            end
            local.get $30
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $29
             f32.load offset=48
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $11
            local.get $30
            i32.const 1
            i32.gt_s
            if
             local.get $11
             local.get $29
             f32.load offset=52
             f32x4.replace_lane 1
             local.set $11
            end
            local.get $30
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $11
             local.get $29
             f32.load offset=56
             f32x4.replace_lane 2
            else
             local.get $11
            end
           end
          else
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          end
          local.set $13
          local.get $0
          local.get $2
          local.get $19
          i32.mul
          local.get $6
          i32.add
          i32.const 2
          i32.shl
          i32.add
          local.set $30
          local.get $8
          local.get $6
          i32.sub
          local.set $31
          i32.const 0
          local.set $6
          loop $for-loop|7
           local.get $31
           local.get $6
           i32.const 2
           i32.add
           local.tee $8
           i32.ge_u
           if
            local.get $14
            local.get $12
            i32.const -64
            i32.sub
            local.tee $32
            v128.load
            local.get $30
            local.get $6
            i32.const 2
            i32.shl
            i32.add
            local.tee $6
            v128.load32_splat offset=4
            local.tee $11
            local.get $12
            v128.load
            local.get $6
            v128.load32_splat
            local.tee $16
            f32x4.mul
            f32x4.relaxed_madd
            f32x4.add
            local.set $14
            local.get $15
            local.get $32
            v128.load offset=16
            local.get $11
            local.get $12
            v128.load offset=16
            local.get $16
            f32x4.mul
            f32x4.relaxed_madd
            f32x4.add
            local.set $15
            local.get $10
            local.get $32
            v128.load offset=32
            local.get $11
            local.get $12
            v128.load offset=32
            local.get $16
            f32x4.mul
            f32x4.relaxed_madd
            f32x4.add
            local.set $10
            local.get $13
            local.get $32
            v128.load offset=48
            local.get $11
            local.get $12
            v128.load offset=48
            local.get $16
            f32x4.mul
            f32x4.relaxed_madd
            f32x4.add
            local.set $13
            local.get $12
            i32.const 128
            i32.add
            local.set $12
            local.get $8
            local.set $6
            br $for-loop|7
           end
          end
          local.get $6
          local.get $31
          i32.lt_u
          if
           local.get $12
           v128.load
           local.get $30
           local.get $6
           i32.const 2
           i32.shl
           i32.add
           v128.load32_splat
           local.tee $11
           local.get $14
           f32x4.relaxed_madd
           local.set $14
           local.get $12
           v128.load offset=16
           local.get $11
           local.get $15
           f32x4.relaxed_madd
           local.set $15
           local.get $12
           v128.load offset=48
           local.get $11
           local.get $13
           f32x4.relaxed_madd
           local.set $13
           local.get $12
           v128.load offset=32
           local.get $11
           local.get $10
           f32x4.relaxed_madd
           local.set $10
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.20
           local.get $28
           i32.const 4
           i32.ge_s
           if
            local.get $29
            local.get $14
            v128.store
            br $kernels-as/assembly/simd/storeLanes|inlined.20
           end
           local.get $28
           i32.const 0
           i32.gt_s
           if
            local.get $29
            local.get $14
            f32x4.extract_lane 0
            f32.store
           end
           local.get $28
           i32.const 1
           i32.gt_s
           if
            local.get $29
            local.get $14
            f32x4.extract_lane 1
            f32.store offset=4
           end
           local.get $28
           i32.const 2
           i32.gt_s
           if
            local.get $29
            local.get $14
            f32x4.extract_lane 2
            f32.store offset=8
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.21
           local.get $28
           i32.const 4
           i32.sub
           local.tee $6
           i32.const 4
           i32.ge_s
           if
            local.get $29
            local.get $15
            v128.store offset=16
            br $kernels-as/assembly/simd/storeLanes|inlined.21
           end
           local.get $6
           i32.const 0
           i32.gt_s
           if
            local.get $29
            local.get $15
            f32x4.extract_lane 0
            f32.store offset=16
           end
           local.get $6
           i32.const 1
           i32.gt_s
           if
            local.get $29
            local.get $15
            f32x4.extract_lane 1
            f32.store offset=20
           end
           local.get $6
           i32.const 2
           i32.gt_s
           if
            local.get $29
            local.get $15
            f32x4.extract_lane 2
            f32.store offset=24
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.22
           local.get $28
           i32.const 8
           i32.sub
           local.tee $6
           i32.const 4
           i32.ge_s
           if
            local.get $29
            local.get $10
            v128.store offset=32
            br $kernels-as/assembly/simd/storeLanes|inlined.22
           end
           local.get $6
           i32.const 0
           i32.gt_s
           if
            local.get $29
            local.get $10
            f32x4.extract_lane 0
            f32.store offset=32
           end
           local.get $6
           i32.const 1
           i32.gt_s
           if
            local.get $29
            local.get $10
            f32x4.extract_lane 1
            f32.store offset=36
           end
           local.get $6
           i32.const 2
           i32.gt_s
           if
            local.get $29
            local.get $10
            f32x4.extract_lane 2
            f32.store offset=40
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.23
           local.get $28
           i32.const 12
           i32.sub
           local.tee $6
           i32.const 4
           i32.ge_s
           if
            local.get $29
            local.get $13
            v128.store offset=48
            br $kernels-as/assembly/simd/storeLanes|inlined.23
           end
           local.get $6
           i32.const 0
           i32.gt_s
           if
            local.get $29
            local.get $13
            f32x4.extract_lane 0
            f32.store offset=48
           end
           local.get $6
           i32.const 1
           i32.gt_s
           if
            local.get $29
            local.get $13
            f32x4.extract_lane 1
            f32.store offset=52
           end
           local.get $6
           i32.const 2
           i32.gt_s
           if
            local.get $29
            local.get $13
            f32x4.extract_lane 2
            f32.store offset=56
           end
          end
         end
         local.get $18
         i32.const 1
         i32.add
         local.set $18
         br $for-loop|5
        end
       end
      end
      local.get $19
      i32.const 2
      i32.add
      local.set $19
      br $for-loop|1
     end
    end
    local.get $9
    i32.const 1
    i32.add
    local.set $9
    br $for-loop|0
   end
  end
 )
 (func $kernels-as/assembly/gemv_panel16/gemv<u16> (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 i32)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 i32)
  (local $19 v128)
  (local $20 i32)
  (local $21 i64)
  (local $22 i32)
  (local $23 i32)
  (local $24 v128)
  (local $25 v128)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  local.get $2
  i32.const 5
  i32.shl
  local.set $23
  local.get $6
  local.set $9
  loop $for-loop|0
   local.get $7
   local.get $9
   i32.gt_s
   if
    local.get $4
    local.get $9
    local.get $23
    i32.mul
    i32.add
    local.set $22
    i32.const 0
    local.set $20
    loop $for-loop|1
     local.get $1
     local.get $20
     i32.gt_s
     if
      local.get $20
      i32.const 1
      i32.add
      local.get $1
      i32.lt_s
      if
       i32.const 16
       local.get $3
       local.get $9
       i32.const 4
       i32.shl
       local.tee $6
       i32.sub
       local.tee $8
       local.get $8
       i32.const 16
       i32.gt_s
       select
       local.set $26
       local.get $5
       local.get $3
       local.get $20
       i32.mul
       local.get $6
       i32.add
       i32.const 2
       i32.shl
       i32.add
       local.tee $27
       local.get $3
       i32.const 2
       i32.shl
       i32.add
       local.set $28
       i32.const 0
       local.set $18
       loop $for-loop|2
        local.get $18
        i32.const 0
        i32.le_s
        if
         local.get $2
         i64.extend_i32_s
         local.tee $21
         local.get $18
         i64.extend_i32_s
         i64.mul
         i32.wrap_i64
         local.tee $8
         local.get $18
         i32.const 1
         i32.add
         i64.extend_i32_s
         local.get $21
         i64.mul
         i32.wrap_i64
         local.tee $29
         i32.ne
         if
          local.get $0
          local.get $2
          local.get $20
          i32.mul
          local.get $8
          i32.add
          i32.const 2
          i32.shl
          i32.add
          local.tee $13
          local.get $2
          i32.const 2
          i32.shl
          i32.add
          local.set $30
          local.get $22
          local.get $8
          i32.const 5
          i32.shl
          i32.add
          local.set $6
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $14
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $19
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $12
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $10
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $15
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $16
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $17
          local.get $8
          i32.const 0
          i32.gt_s
          if (result v128)
           block $kernels-as/assembly/simd/loadLanes|inlined.26 (result v128)
            local.get $26
            i32.const 4
            i32.ge_s
            if
             local.get $27
             v128.load
             br $kernels-as/assembly/simd/loadLanes|inlined.26
            end
            local.get $26
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $27
             f32.load
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $10
            local.get $26
            i32.const 1
            i32.gt_s
            if
             local.get $10
             local.get $27
             f32.load offset=4
             f32x4.replace_lane 1
             local.set $10
            end
            local.get $26
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $10
             local.get $27
             f32.load offset=8
             f32x4.replace_lane 2
            else
             local.get $10
            end
           end
           local.set $14
           block $kernels-as/assembly/simd/loadLanes|inlined.27 (result v128)
            local.get $26
            i32.const 4
            i32.sub
            local.tee $31
            i32.const 4
            i32.ge_s
            if
             local.get $27
             v128.load offset=16
             br $kernels-as/assembly/simd/loadLanes|inlined.27
            end
            local.get $31
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $27
             f32.load offset=16
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $10
            local.get $31
            i32.const 1
            i32.gt_s
            if
             local.get $10
             local.get $27
             f32.load offset=20
             f32x4.replace_lane 1
             local.set $10
            end
            local.get $31
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $10
             local.get $27
             f32.load offset=24
             f32x4.replace_lane 2
            else
             local.get $10
            end
           end
           local.set $19
           block $kernels-as/assembly/simd/loadLanes|inlined.28 (result v128)
            local.get $26
            i32.const 8
            i32.sub
            local.tee $31
            i32.const 4
            i32.ge_s
            if
             local.get $27
             v128.load offset=32
             br $kernels-as/assembly/simd/loadLanes|inlined.28
            end
            local.get $31
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $27
             f32.load offset=32
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $10
            local.get $31
            i32.const 1
            i32.gt_s
            if
             local.get $10
             local.get $27
             f32.load offset=36
             f32x4.replace_lane 1
             local.set $10
            end
            local.get $31
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $10
             local.get $27
             f32.load offset=40
             f32x4.replace_lane 2
            else
             local.get $10
            end
           end
           local.set $12
           block $kernels-as/assembly/simd/loadLanes|inlined.29 (result v128)
            local.get $26
            i32.const 12
            i32.sub
            local.tee $31
            i32.const 4
            i32.ge_s
            if
             local.get $27
             v128.load offset=48
             br $kernels-as/assembly/simd/loadLanes|inlined.29
            end
            local.get $31
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $27
             f32.load offset=48
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $10
            local.get $31
            i32.const 1
            i32.gt_s
            if
             local.get $10
             local.get $27
             f32.load offset=52
             f32x4.replace_lane 1
             local.set $10
            end
            local.get $31
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $10
             local.get $27
             f32.load offset=56
             f32x4.replace_lane 2
            else
             local.get $10
            end
           end
           local.set $10
           block $kernels-as/assembly/simd/loadLanes|inlined.30 (result v128)
            local.get $26
            i32.const 4
            i32.ge_s
            if
             local.get $28
             v128.load
             br $kernels-as/assembly/simd/loadLanes|inlined.30
            end
            local.get $26
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $28
             f32.load
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $11
            local.get $26
            i32.const 1
            i32.gt_s
            if
             local.get $11
             local.get $28
             f32.load offset=4
             f32x4.replace_lane 1
             local.set $11
            end
            local.get $26
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $11
             local.get $28
             f32.load offset=8
             f32x4.replace_lane 2
            else
             local.get $11
            end
           end
           local.set $15
           block $kernels-as/assembly/simd/loadLanes|inlined.31 (result v128)
            local.get $26
            i32.const 4
            i32.sub
            local.tee $31
            i32.const 4
            i32.ge_s
            if
             local.get $28
             v128.load offset=16
             br $kernels-as/assembly/simd/loadLanes|inlined.31
            end
            local.get $31
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $28
             f32.load offset=16
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $11
            local.get $31
            i32.const 1
            i32.gt_s
            if
             local.get $11
             local.get $28
             f32.load offset=20
             f32x4.replace_lane 1
             local.set $11
            end
            local.get $31
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $11
             local.get $28
             f32.load offset=24
             f32x4.replace_lane 2
            else
             local.get $11
            end
           end
           local.set $16
           block $kernels-as/assembly/simd/loadLanes|inlined.32 (result v128)
            local.get $26
            i32.const 8
            i32.sub
            local.tee $31
            i32.const 4
            i32.ge_s
            if
             local.get $28
             v128.load offset=32
             br $kernels-as/assembly/simd/loadLanes|inlined.32
            end
            local.get $31
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $28
             f32.load offset=32
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $11
            local.get $31
            i32.const 1
            i32.gt_s
            if
             local.get $11
             local.get $28
             f32.load offset=36
             f32x4.replace_lane 1
             local.set $11
            end
            local.get $31
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $11
             local.get $28
             f32.load offset=40
             f32x4.replace_lane 2
            else
             local.get $11
            end
           end
           local.set $17
           block $kernels-as/assembly/simd/loadLanes|inlined.33 (result v128)
            local.get $26
            i32.const 12
            i32.sub
            local.tee $31
            i32.const 4
            i32.ge_s
            if
             local.get $28
             v128.load offset=48
             br $kernels-as/assembly/simd/loadLanes|inlined.33
            end
            local.get $31
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $28
             f32.load offset=48
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $11
            local.get $31
            i32.const 1
            i32.gt_s
            if
             local.get $11
             local.get $28
             f32.load offset=52
             f32x4.replace_lane 1
             local.set $11
            end
            local.get $31
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $11
             local.get $28
             f32.load offset=56
             f32x4.replace_lane 2
            else
             local.get $11
            end
           end
          else
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          end
          local.set $11
          local.get $29
          local.get $8
          i32.sub
          local.set $29
          i32.const 0
          local.set $8
          loop $for-loop|3
           local.get $8
           local.get $29
           i32.lt_u
           if
            local.get $6
            v128.load
            local.tee $25
            i32.const 16
            i32x4.shl
            local.tee $32
            local.get $8
            i32.const 2
            i32.shl
            local.tee $31
            local.get $13
            i32.add
            v128.load32_splat
            local.tee $24
            local.get $14
            f32x4.relaxed_madd
            local.set $14
            local.get $25
            v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
            v128.and
            local.tee $25
            local.get $24
            local.get $19
            f32x4.relaxed_madd
            local.set $19
            local.get $6
            v128.load offset=16
            local.tee $33
            i32.const 16
            i32x4.shl
            local.tee $34
            local.get $24
            local.get $12
            f32x4.relaxed_madd
            local.set $12
            local.get $33
            v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
            v128.and
            local.tee $33
            local.get $24
            local.get $10
            f32x4.relaxed_madd
            local.set $10
            local.get $32
            local.get $30
            local.get $31
            i32.add
            v128.load32_splat
            local.tee $24
            local.get $15
            f32x4.relaxed_madd
            local.set $15
            local.get $25
            local.get $24
            local.get $16
            f32x4.relaxed_madd
            local.set $16
            local.get $34
            local.get $24
            local.get $17
            f32x4.relaxed_madd
            local.set $17
            local.get $33
            local.get $24
            local.get $11
            f32x4.relaxed_madd
            local.set $11
            local.get $6
            i32.const 32
            i32.add
            local.set $6
            local.get $8
            i32.const 1
            i32.add
            local.set $8
            br $for-loop|3
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.26
           local.get $26
           i32.const 4
           i32.ge_s
           if
            local.get $27
            local.get $14
            v128.store
            br $kernels-as/assembly/simd/storeLanes|inlined.26
           end
           local.get $26
           i32.const 0
           i32.gt_s
           if
            local.get $27
            local.get $14
            f32x4.extract_lane 0
            f32.store
           end
           local.get $26
           i32.const 1
           i32.gt_s
           if
            local.get $27
            local.get $14
            f32x4.extract_lane 1
            f32.store offset=4
           end
           local.get $26
           i32.const 2
           i32.gt_s
           if
            local.get $27
            local.get $14
            f32x4.extract_lane 2
            f32.store offset=8
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.27
           local.get $26
           i32.const 4
           i32.sub
           local.tee $6
           i32.const 4
           i32.ge_s
           if
            local.get $27
            local.get $19
            v128.store offset=16
            br $kernels-as/assembly/simd/storeLanes|inlined.27
           end
           local.get $6
           i32.const 0
           i32.gt_s
           if
            local.get $27
            local.get $19
            f32x4.extract_lane 0
            f32.store offset=16
           end
           local.get $6
           i32.const 1
           i32.gt_s
           if
            local.get $27
            local.get $19
            f32x4.extract_lane 1
            f32.store offset=20
           end
           local.get $6
           i32.const 2
           i32.gt_s
           if
            local.get $27
            local.get $19
            f32x4.extract_lane 2
            f32.store offset=24
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.28
           local.get $26
           i32.const 8
           i32.sub
           local.tee $6
           i32.const 4
           i32.ge_s
           if
            local.get $27
            local.get $12
            v128.store offset=32
            br $kernels-as/assembly/simd/storeLanes|inlined.28
           end
           local.get $6
           i32.const 0
           i32.gt_s
           if
            local.get $27
            local.get $12
            f32x4.extract_lane 0
            f32.store offset=32
           end
           local.get $6
           i32.const 1
           i32.gt_s
           if
            local.get $27
            local.get $12
            f32x4.extract_lane 1
            f32.store offset=36
           end
           local.get $6
           i32.const 2
           i32.gt_s
           if
            local.get $27
            local.get $12
            f32x4.extract_lane 2
            f32.store offset=40
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.29
           local.get $26
           i32.const 12
           i32.sub
           local.tee $6
           i32.const 4
           i32.ge_s
           if
            local.get $27
            local.get $10
            v128.store offset=48
            br $kernels-as/assembly/simd/storeLanes|inlined.29
           end
           local.get $6
           i32.const 0
           i32.gt_s
           if
            local.get $27
            local.get $10
            f32x4.extract_lane 0
            f32.store offset=48
           end
           local.get $6
           i32.const 1
           i32.gt_s
           if
            local.get $27
            local.get $10
            f32x4.extract_lane 1
            f32.store offset=52
           end
           local.get $6
           i32.const 2
           i32.gt_s
           if
            local.get $27
            local.get $10
            f32x4.extract_lane 2
            f32.store offset=56
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.30
           local.get $26
           i32.const 4
           i32.ge_s
           if
            local.get $28
            local.get $15
            v128.store
            br $kernels-as/assembly/simd/storeLanes|inlined.30
           end
           local.get $26
           i32.const 0
           i32.gt_s
           if
            local.get $28
            local.get $15
            f32x4.extract_lane 0
            f32.store
           end
           local.get $26
           i32.const 1
           i32.gt_s
           if
            local.get $28
            local.get $15
            f32x4.extract_lane 1
            f32.store offset=4
           end
           local.get $26
           i32.const 2
           i32.gt_s
           if
            local.get $28
            local.get $15
            f32x4.extract_lane 2
            f32.store offset=8
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.31
           local.get $26
           i32.const 4
           i32.sub
           local.tee $6
           i32.const 4
           i32.ge_s
           if
            local.get $28
            local.get $16
            v128.store offset=16
            br $kernels-as/assembly/simd/storeLanes|inlined.31
           end
           local.get $6
           i32.const 0
           i32.gt_s
           if
            local.get $28
            local.get $16
            f32x4.extract_lane 0
            f32.store offset=16
           end
           local.get $6
           i32.const 1
           i32.gt_s
           if
            local.get $28
            local.get $16
            f32x4.extract_lane 1
            f32.store offset=20
           end
           local.get $6
           i32.const 2
           i32.gt_s
           if
            local.get $28
            local.get $16
            f32x4.extract_lane 2
            f32.store offset=24
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.32
           local.get $26
           i32.const 8
           i32.sub
           local.tee $6
           i32.const 4
           i32.ge_s
           if
            local.get $28
            local.get $17
            v128.store offset=32
            br $kernels-as/assembly/simd/storeLanes|inlined.32
           end
           local.get $6
           i32.const 0
           i32.gt_s
           if
            local.get $28
            local.get $17
            f32x4.extract_lane 0
            f32.store offset=32
           end
           local.get $6
           i32.const 1
           i32.gt_s
           if
            local.get $28
            local.get $17
            f32x4.extract_lane 1
            f32.store offset=36
           end
           local.get $6
           i32.const 2
           i32.gt_s
           if
            local.get $28
            local.get $17
            f32x4.extract_lane 2
            f32.store offset=40
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.33
           local.get $26
           i32.const 12
           i32.sub
           local.tee $6
           i32.const 4
           i32.ge_s
           if
            local.get $28
            local.get $11
            v128.store offset=48
            br $kernels-as/assembly/simd/storeLanes|inlined.33
           end
           local.get $6
           i32.const 0
           i32.gt_s
           if
            local.get $28
            local.get $11
            f32x4.extract_lane 0
            f32.store offset=48
           end
           local.get $6
           i32.const 1
           i32.gt_s
           if
            local.get $28
            local.get $11
            f32x4.extract_lane 1
            f32.store offset=52
           end
           local.get $6
           i32.const 2
           i32.gt_s
           if
            local.get $28
            local.get $11
            f32x4.extract_lane 2
            f32.store offset=56
           end
          end
         end
         local.get $18
         i32.const 1
         i32.add
         local.set $18
         br $for-loop|2
        end
       end
      else
       i32.const 16
       local.get $3
       local.get $9
       i32.const 4
       i32.shl
       local.tee $6
       i32.sub
       local.tee $8
       local.get $8
       i32.const 16
       i32.gt_s
       select
       local.set $26
       local.get $5
       local.get $3
       local.get $20
       i32.mul
       local.get $6
       i32.add
       i32.const 2
       i32.shl
       i32.add
       local.set $27
       i32.const 0
       local.set $18
       loop $for-loop|5
        local.get $18
        i32.const 0
        i32.le_s
        if
         local.get $2
         i64.extend_i32_s
         local.tee $21
         local.get $18
         i64.extend_i32_s
         i64.mul
         i32.wrap_i64
         local.tee $6
         local.get $18
         i32.const 1
         i32.add
         i64.extend_i32_s
         local.get $21
         i64.mul
         i32.wrap_i64
         local.tee $8
         i32.ne
         if
          local.get $22
          local.get $6
          i32.const 5
          i32.shl
          i32.add
          local.set $13
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $14
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $15
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $12
          local.get $6
          i32.const 0
          i32.gt_s
          if (result v128)
           block $kernels-as/assembly/simd/loadLanes|inlined.46 (result v128)
            local.get $26
            i32.const 4
            i32.ge_s
            if
             local.get $27
             v128.load
             br $kernels-as/assembly/simd/loadLanes|inlined.46
            end
            local.get $26
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $27
             f32.load
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $10
            local.get $26
            i32.const 1
            i32.gt_s
            if
             local.get $10
             local.get $27
             f32.load offset=4
             f32x4.replace_lane 1
             local.set $10
            end
            local.get $26
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $10
             local.get $27
             f32.load offset=8
             f32x4.replace_lane 2
            else
             local.get $10
            end
           end
           local.set $14
           block $kernels-as/assembly/simd/loadLanes|inlined.47 (result v128)
            local.get $26
            i32.const 4
            i32.sub
            local.tee $28
            i32.const 4
            i32.ge_s
            if
             local.get $27
             v128.load offset=16
             br $kernels-as/assembly/simd/loadLanes|inlined.47
            end
            local.get $28
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $27
             f32.load offset=16
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $10
            local.get $28
            i32.const 1
            i32.gt_s
            if
             local.get $10
             local.get $27
             f32.load offset=20
             f32x4.replace_lane 1
             local.set $10
            end
            local.get $28
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $10
             local.get $27
             f32.load offset=24
             f32x4.replace_lane 2
            else
             local.get $10
            end
           end
           local.set $15
           block $kernels-as/assembly/simd/loadLanes|inlined.48 (result v128)
            local.get $26
            i32.const 8
            i32.sub
            local.tee $28
            i32.const 4
            i32.ge_s
            if
             local.get $27
             v128.load offset=32
             br $kernels-as/assembly/simd/loadLanes|inlined.48
            end
            local.get $28
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $27
             f32.load offset=32
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $10
            local.get $28
            i32.const 1
            i32.gt_s
            if
             local.get $10
             local.get $27
             f32.load offset=36
             f32x4.replace_lane 1
             local.set $10
            end
            local.get $28
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $10
             local.get $27
             f32.load offset=40
             f32x4.replace_lane 2
            else
             local.get $10
            end
           end
           local.set $12
           block $kernels-as/assembly/simd/loadLanes|inlined.49 (result v128)
            local.get $26
            i32.const 12
            i32.sub
            local.tee $28
            i32.const 4
            i32.ge_s
            if
             local.get $27
             v128.load offset=48
             br $kernels-as/assembly/simd/loadLanes|inlined.49
            end
            local.get $28
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $27
             f32.load offset=48
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $10
            local.get $28
            i32.const 1
            i32.gt_s
            if
             local.get $10
             local.get $27
             f32.load offset=52
             f32x4.replace_lane 1
             local.set $10
            end
            local.get $28
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $10
             local.get $27
             f32.load offset=56
             f32x4.replace_lane 2
            else
             local.get $10
            end
           end
          else
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          end
          local.set $10
          local.get $0
          local.get $2
          local.get $20
          i32.mul
          local.get $6
          i32.add
          i32.const 2
          i32.shl
          i32.add
          local.set $28
          local.get $8
          local.get $6
          i32.sub
          local.set $29
          i32.const 0
          local.set $6
          loop $for-loop|7
           local.get $29
           local.get $6
           i32.const 2
           i32.add
           local.tee $8
           i32.ge_u
           if
            local.get $14
            local.get $13
            v128.load offset=32
            local.tee $11
            i32.const 16
            i32x4.shl
            local.get $28
            local.get $6
            i32.const 2
            i32.shl
            i32.add
            local.tee $6
            v128.load32_splat offset=4
            local.tee $16
            local.get $13
            v128.load
            local.tee $17
            i32.const 16
            i32x4.shl
            local.get $6
            v128.load32_splat
            local.tee $19
            f32x4.mul
            f32x4.relaxed_madd
            f32x4.add
            local.set $14
            local.get $15
            local.get $11
            v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
            v128.and
            local.get $16
            local.get $17
            v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
            v128.and
            local.get $19
            f32x4.mul
            f32x4.relaxed_madd
            f32x4.add
            local.set $15
            local.get $12
            local.get $13
            v128.load offset=48
            local.tee $11
            i32.const 16
            i32x4.shl
            local.get $16
            local.get $13
            v128.load offset=16
            local.tee $17
            i32.const 16
            i32x4.shl
            local.get $19
            f32x4.mul
            f32x4.relaxed_madd
            f32x4.add
            local.set $12
            local.get $10
            local.get $11
            v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
            v128.and
            local.get $16
            local.get $17
            v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
            v128.and
            local.get $19
            f32x4.mul
            f32x4.relaxed_madd
            f32x4.add
            local.set $10
            local.get $13
            i32.const -64
            i32.sub
            local.set $13
            local.get $8
            local.set $6
            br $for-loop|7
           end
          end
          local.get $6
          local.get $29
          i32.lt_u
          if
           local.get $13
           v128.load
           local.tee $11
           i32.const 16
           i32x4.shl
           local.get $28
           local.get $6
           i32.const 2
           i32.shl
           i32.add
           v128.load32_splat
           local.tee $16
           local.get $14
           f32x4.relaxed_madd
           local.set $14
           local.get $11
           v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
           v128.and
           local.get $16
           local.get $15
           f32x4.relaxed_madd
           local.set $15
           local.get $13
           v128.load offset=16
           local.tee $11
           i32.const 16
           i32x4.shl
           local.get $16
           local.get $12
           f32x4.relaxed_madd
           local.set $12
           local.get $11
           v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
           v128.and
           local.get $16
           local.get $10
           f32x4.relaxed_madd
           local.set $10
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.46
           local.get $26
           i32.const 4
           i32.ge_s
           if
            local.get $27
            local.get $14
            v128.store
            br $kernels-as/assembly/simd/storeLanes|inlined.46
           end
           local.get $26
           i32.const 0
           i32.gt_s
           if
            local.get $27
            local.get $14
            f32x4.extract_lane 0
            f32.store
           end
           local.get $26
           i32.const 1
           i32.gt_s
           if
            local.get $27
            local.get $14
            f32x4.extract_lane 1
            f32.store offset=4
           end
           local.get $26
           i32.const 2
           i32.gt_s
           if
            local.get $27
            local.get $14
            f32x4.extract_lane 2
            f32.store offset=8
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.47
           local.get $26
           i32.const 4
           i32.sub
           local.tee $6
           i32.const 4
           i32.ge_s
           if
            local.get $27
            local.get $15
            v128.store offset=16
            br $kernels-as/assembly/simd/storeLanes|inlined.47
           end
           local.get $6
           i32.const 0
           i32.gt_s
           if
            local.get $27
            local.get $15
            f32x4.extract_lane 0
            f32.store offset=16
           end
           local.get $6
           i32.const 1
           i32.gt_s
           if
            local.get $27
            local.get $15
            f32x4.extract_lane 1
            f32.store offset=20
           end
           local.get $6
           i32.const 2
           i32.gt_s
           if
            local.get $27
            local.get $15
            f32x4.extract_lane 2
            f32.store offset=24
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.48
           local.get $26
           i32.const 8
           i32.sub
           local.tee $6
           i32.const 4
           i32.ge_s
           if
            local.get $27
            local.get $12
            v128.store offset=32
            br $kernels-as/assembly/simd/storeLanes|inlined.48
           end
           local.get $6
           i32.const 0
           i32.gt_s
           if
            local.get $27
            local.get $12
            f32x4.extract_lane 0
            f32.store offset=32
           end
           local.get $6
           i32.const 1
           i32.gt_s
           if
            local.get $27
            local.get $12
            f32x4.extract_lane 1
            f32.store offset=36
           end
           local.get $6
           i32.const 2
           i32.gt_s
           if
            local.get $27
            local.get $12
            f32x4.extract_lane 2
            f32.store offset=40
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.49
           local.get $26
           i32.const 12
           i32.sub
           local.tee $6
           i32.const 4
           i32.ge_s
           if
            local.get $27
            local.get $10
            v128.store offset=48
            br $kernels-as/assembly/simd/storeLanes|inlined.49
           end
           local.get $6
           i32.const 0
           i32.gt_s
           if
            local.get $27
            local.get $10
            f32x4.extract_lane 0
            f32.store offset=48
           end
           local.get $6
           i32.const 1
           i32.gt_s
           if
            local.get $27
            local.get $10
            f32x4.extract_lane 1
            f32.store offset=52
           end
           local.get $6
           i32.const 2
           i32.gt_s
           if
            local.get $27
            local.get $10
            f32x4.extract_lane 2
            f32.store offset=56
           end
          end
         end
         local.get $18
         i32.const 1
         i32.add
         local.set $18
         br $for-loop|5
        end
       end
      end
      local.get $20
      i32.const 2
      i32.add
      local.set $20
      br $for-loop|1
     end
    end
    local.get $9
    i32.const 1
    i32.add
    local.set $9
    br $for-loop|0
   end
  end
 )
 (func $kernels-as/assembly/gemv_panel16/gemv<i8> (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32)
  (local $11 i32)
  (local $12 v128)
  (local $13 i32)
  (local $14 i32)
  (local $15 v128)
  (local $16 i32)
  (local $17 i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 i32)
  (local $25 i32)
  (local $26 i64)
  (local $27 i32)
  (local $28 i32)
  (local $29 v128)
  (local $30 i64)
  (local $31 i64)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 v128)
  (local $37 v128)
  (local $38 v128)
  (local $39 v128)
  (local $40 v128)
  (local $41 v128)
  (local $42 v128)
  (local $43 v128)
  (local $44 i32)
  (local $45 v128)
  local.get $2
  i32.const 4
  i32.shl
  local.set $28
  local.get $9
  local.set $17
  loop $for-loop|0
   local.get $10
   local.get $17
   i32.gt_s
   if
    local.get $4
    local.get $17
    local.get $28
    i32.mul
    i32.add
    local.set $27
    i32.const 0
    local.set $25
    loop $for-loop|1
     local.get $1
     local.get $25
     i32.gt_s
     if
      local.get $25
      i32.const 1
      i32.add
      local.get $1
      i32.lt_s
      local.set $9
      local.get $7
      if
       local.get $7
       i32.const 1
       i32.eq
       if
        local.get $9
        if
         i32.const 16
         local.get $3
         local.get $17
         i32.const 4
         i32.shl
         local.tee $9
         i32.sub
         local.tee $11
         local.get $11
         i32.const 16
         i32.gt_s
         select
         local.set $16
         local.get $8
         local.get $3
         local.get $25
         i32.mul
         local.get $9
         i32.add
         i32.const 2
         i32.shl
         i32.add
         local.tee $11
         local.get $3
         i32.const 2
         i32.shl
         i32.add
         local.set $13
         i32.const 0
         local.set $24
         loop $for-loop|8
          local.get $6
          local.get $24
          i32.gt_s
          if
           local.get $6
           i32.const 1
           i32.sub
           i64.extend_i32_s
           local.tee $26
           local.get $2
           i64.extend_i32_s
           local.tee $30
           local.get $24
           i64.extend_i32_s
           i64.mul
           i64.add
           local.get $6
           i64.extend_i32_s
           local.tee $31
           i64.div_u
           i32.wrap_i64
           local.tee $9
           local.get $26
           local.get $24
           i32.const 1
           i32.add
           i64.extend_i32_s
           local.get $30
           i64.mul
           i64.add
           local.get $31
           i64.div_u
           i32.wrap_i64
           local.tee $32
           i32.ne
           if
            local.get $0
            local.get $2
            local.get $25
            i32.mul
            local.get $9
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.tee $33
            local.get $2
            i32.const 2
            i32.shl
            i32.add
            local.set $34
            local.get $27
            local.get $9
            i32.const 4
            i32.shl
            i32.add
            local.set $14
            local.get $5
            local.get $24
            local.get $3
            i32.const 15
            i32.add
            i32.const 16
            i32.div_s
            i32.const 4
            i32.shl
            i32.mul
            local.get $17
            i32.const 4
            i32.shl
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.tee $35
            v128.load
            local.set $29
            local.get $35
            v128.load offset=16
            local.set $36
            local.get $35
            v128.load offset=32
            local.set $37
            local.get $35
            v128.load offset=48
            local.set $38
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $19
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $23
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $15
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $12
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $20
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $21
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $22
            local.get $9
            i32.const 0
            i32.gt_s
            if (result v128)
             block $kernels-as/assembly/simd/loadLanes|inlined.74 (result v128)
              local.get $16
              i32.const 4
              i32.ge_s
              if
               local.get $11
               v128.load
               br $kernels-as/assembly/simd/loadLanes|inlined.74
              end
              local.get $16
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $11
               f32.load
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $12
              local.get $16
              i32.const 1
              i32.gt_s
              if
               local.get $12
               local.get $11
               f32.load offset=4
               f32x4.replace_lane 1
               local.set $12
              end
              local.get $16
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $12
               local.get $11
               f32.load offset=8
               f32x4.replace_lane 2
              else
               local.get $12
              end
             end
             local.set $19
             block $kernels-as/assembly/simd/loadLanes|inlined.75 (result v128)
              local.get $16
              i32.const 4
              i32.sub
              local.tee $35
              i32.const 4
              i32.ge_s
              if
               local.get $11
               v128.load offset=16
               br $kernels-as/assembly/simd/loadLanes|inlined.75
              end
              local.get $35
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $11
               f32.load offset=16
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $12
              local.get $35
              i32.const 1
              i32.gt_s
              if
               local.get $12
               local.get $11
               f32.load offset=20
               f32x4.replace_lane 1
               local.set $12
              end
              local.get $35
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $12
               local.get $11
               f32.load offset=24
               f32x4.replace_lane 2
              else
               local.get $12
              end
             end
             local.set $23
             block $kernels-as/assembly/simd/loadLanes|inlined.76 (result v128)
              local.get $16
              i32.const 8
              i32.sub
              local.tee $35
              i32.const 4
              i32.ge_s
              if
               local.get $11
               v128.load offset=32
               br $kernels-as/assembly/simd/loadLanes|inlined.76
              end
              local.get $35
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $11
               f32.load offset=32
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $12
              local.get $35
              i32.const 1
              i32.gt_s
              if
               local.get $12
               local.get $11
               f32.load offset=36
               f32x4.replace_lane 1
               local.set $12
              end
              local.get $35
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $12
               local.get $11
               f32.load offset=40
               f32x4.replace_lane 2
              else
               local.get $12
              end
             end
             local.set $15
             block $kernels-as/assembly/simd/loadLanes|inlined.77 (result v128)
              local.get $16
              i32.const 12
              i32.sub
              local.tee $35
              i32.const 4
              i32.ge_s
              if
               local.get $11
               v128.load offset=48
               br $kernels-as/assembly/simd/loadLanes|inlined.77
              end
              local.get $35
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $11
               f32.load offset=48
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $12
              local.get $35
              i32.const 1
              i32.gt_s
              if
               local.get $12
               local.get $11
               f32.load offset=52
               f32x4.replace_lane 1
               local.set $12
              end
              local.get $35
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $12
               local.get $11
               f32.load offset=56
               f32x4.replace_lane 2
              else
               local.get $12
              end
             end
             local.set $12
             block $kernels-as/assembly/simd/loadLanes|inlined.78 (result v128)
              local.get $16
              i32.const 4
              i32.ge_s
              if
               local.get $13
               v128.load
               br $kernels-as/assembly/simd/loadLanes|inlined.78
              end
              local.get $16
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $13
               f32.load
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $18
              local.get $16
              i32.const 1
              i32.gt_s
              if
               local.get $18
               local.get $13
               f32.load offset=4
               f32x4.replace_lane 1
               local.set $18
              end
              local.get $16
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $18
               local.get $13
               f32.load offset=8
               f32x4.replace_lane 2
              else
               local.get $18
              end
             end
             local.set $20
             block $kernels-as/assembly/simd/loadLanes|inlined.79 (result v128)
              local.get $16
              i32.const 4
              i32.sub
              local.tee $35
              i32.const 4
              i32.ge_s
              if
               local.get $13
               v128.load offset=16
               br $kernels-as/assembly/simd/loadLanes|inlined.79
              end
              local.get $35
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $13
               f32.load offset=16
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $18
              local.get $35
              i32.const 1
              i32.gt_s
              if
               local.get $18
               local.get $13
               f32.load offset=20
               f32x4.replace_lane 1
               local.set $18
              end
              local.get $35
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $18
               local.get $13
               f32.load offset=24
               f32x4.replace_lane 2
              else
               local.get $18
              end
             end
             local.set $21
             block $kernels-as/assembly/simd/loadLanes|inlined.80 (result v128)
              local.get $16
              i32.const 8
              i32.sub
              local.tee $35
              i32.const 4
              i32.ge_s
              if
               local.get $13
               v128.load offset=32
               br $kernels-as/assembly/simd/loadLanes|inlined.80
              end
              local.get $35
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $13
               f32.load offset=32
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $18
              local.get $35
              i32.const 1
              i32.gt_s
              if
               local.get $18
               local.get $13
               f32.load offset=36
               f32x4.replace_lane 1
               local.set $18
              end
              local.get $35
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $18
               local.get $13
               f32.load offset=40
               f32x4.replace_lane 2
              else
               local.get $18
              end
             end
             local.set $22
             block $kernels-as/assembly/simd/loadLanes|inlined.81 (result v128)
              local.get $16
              i32.const 12
              i32.sub
              local.tee $35
              i32.const 4
              i32.ge_s
              if
               local.get $13
               v128.load offset=48
               br $kernels-as/assembly/simd/loadLanes|inlined.81
              end
              local.get $35
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $13
               f32.load offset=48
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $18
              local.get $35
              i32.const 1
              i32.gt_s
              if
               local.get $18
               local.get $13
               f32.load offset=52
               f32x4.replace_lane 1
               local.set $18
              end
              local.get $35
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $18
               local.get $13
               f32.load offset=56
               f32x4.replace_lane 2
              else
               local.get $18
              end
             end
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $18
            local.get $32
            local.get $9
            i32.sub
            local.set $32
            i32.const 0
            local.set $9
            loop $for-loop|9
             local.get $9
             local.get $32
             i32.lt_u
             if
              local.get $14
              v128.load8x8_s align=1
              i32x4.extend_low_i16x8_s
              f32x4.convert_i32x4_s
              local.get $29
              f32x4.mul
              local.tee $39
              v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
              i32x4.add
              local.get $39
              i32.const 16
              i32x4.shr_u
              v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
              v128.and
              i32x4.add
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.tee $39
              local.get $33
              local.get $9
              i32.const 2
              i32.shl
              local.tee $35
              i32.add
              v128.load32_splat
              local.tee $40
              local.get $19
              f32x4.relaxed_madd
              local.set $19
              local.get $14
              i32.const 4
              i32.add
              v128.load8x8_s align=1
              i32x4.extend_low_i16x8_s
              f32x4.convert_i32x4_s
              local.get $36
              f32x4.mul
              local.tee $41
              v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
              i32x4.add
              local.get $41
              i32.const 16
              i32x4.shr_u
              v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
              v128.and
              i32x4.add
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.tee $41
              local.get $40
              local.get $23
              f32x4.relaxed_madd
              local.set $23
              local.get $14
              i32.const 8
              i32.add
              v128.load8x8_s align=1
              i32x4.extend_low_i16x8_s
              f32x4.convert_i32x4_s
              local.get $37
              f32x4.mul
              local.tee $42
              v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
              i32x4.add
              local.get $42
              i32.const 16
              i32x4.shr_u
              v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
              v128.and
              i32x4.add
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.tee $42
              local.get $40
              local.get $15
              f32x4.relaxed_madd
              local.set $15
              local.get $14
              i32.const 12
              i32.add
              v128.load8x8_s align=1
              i32x4.extend_low_i16x8_s
              f32x4.convert_i32x4_s
              local.get $38
              f32x4.mul
              local.tee $43
              v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
              i32x4.add
              local.get $43
              i32.const 16
              i32x4.shr_u
              v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
              v128.and
              i32x4.add
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.tee $43
              local.get $40
              local.get $12
              f32x4.relaxed_madd
              local.set $12
              local.get $39
              local.get $34
              local.get $35
              i32.add
              v128.load32_splat
              local.tee $39
              local.get $20
              f32x4.relaxed_madd
              local.set $20
              local.get $41
              local.get $39
              local.get $21
              f32x4.relaxed_madd
              local.set $21
              local.get $42
              local.get $39
              local.get $22
              f32x4.relaxed_madd
              local.set $22
              local.get $43
              local.get $39
              local.get $18
              f32x4.relaxed_madd
              local.set $18
              local.get $14
              i32.const 16
              i32.add
              local.set $14
              local.get $9
              i32.const 1
              i32.add
              local.set $9
              br $for-loop|9
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.74
             local.get $16
             i32.const 4
             i32.ge_s
             if
              local.get $11
              local.get $19
              v128.store
              br $kernels-as/assembly/simd/storeLanes|inlined.74
             end
             local.get $16
             i32.const 0
             i32.gt_s
             if
              local.get $11
              local.get $19
              f32x4.extract_lane 0
              f32.store
             end
             local.get $16
             i32.const 1
             i32.gt_s
             if
              local.get $11
              local.get $19
              f32x4.extract_lane 1
              f32.store offset=4
             end
             local.get $16
             i32.const 2
             i32.gt_s
             if
              local.get $11
              local.get $19
              f32x4.extract_lane 2
              f32.store offset=8
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.75
             local.get $16
             i32.const 4
             i32.sub
             local.tee $9
             i32.const 4
             i32.ge_s
             if
              local.get $11
              local.get $23
              v128.store offset=16
              br $kernels-as/assembly/simd/storeLanes|inlined.75
             end
             local.get $9
             i32.const 0
             i32.gt_s
             if
              local.get $11
              local.get $23
              f32x4.extract_lane 0
              f32.store offset=16
             end
             local.get $9
             i32.const 1
             i32.gt_s
             if
              local.get $11
              local.get $23
              f32x4.extract_lane 1
              f32.store offset=20
             end
             local.get $9
             i32.const 2
             i32.gt_s
             if
              local.get $11
              local.get $23
              f32x4.extract_lane 2
              f32.store offset=24
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.76
             local.get $16
             i32.const 8
             i32.sub
             local.tee $9
             i32.const 4
             i32.ge_s
             if
              local.get $11
              local.get $15
              v128.store offset=32
              br $kernels-as/assembly/simd/storeLanes|inlined.76
             end
             local.get $9
             i32.const 0
             i32.gt_s
             if
              local.get $11
              local.get $15
              f32x4.extract_lane 0
              f32.store offset=32
             end
             local.get $9
             i32.const 1
             i32.gt_s
             if
              local.get $11
              local.get $15
              f32x4.extract_lane 1
              f32.store offset=36
             end
             local.get $9
             i32.const 2
             i32.gt_s
             if
              local.get $11
              local.get $15
              f32x4.extract_lane 2
              f32.store offset=40
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.77
             local.get $16
             i32.const 12
             i32.sub
             local.tee $9
             i32.const 4
             i32.ge_s
             if
              local.get $11
              local.get $12
              v128.store offset=48
              br $kernels-as/assembly/simd/storeLanes|inlined.77
             end
             local.get $9
             i32.const 0
             i32.gt_s
             if
              local.get $11
              local.get $12
              f32x4.extract_lane 0
              f32.store offset=48
             end
             local.get $9
             i32.const 1
             i32.gt_s
             if
              local.get $11
              local.get $12
              f32x4.extract_lane 1
              f32.store offset=52
             end
             local.get $9
             i32.const 2
             i32.gt_s
             if
              local.get $11
              local.get $12
              f32x4.extract_lane 2
              f32.store offset=56
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.78
             local.get $16
             i32.const 4
             i32.ge_s
             if
              local.get $13
              local.get $20
              v128.store
              br $kernels-as/assembly/simd/storeLanes|inlined.78
             end
             local.get $16
             i32.const 0
             i32.gt_s
             if
              local.get $13
              local.get $20
              f32x4.extract_lane 0
              f32.store
             end
             local.get $16
             i32.const 1
             i32.gt_s
             if
              local.get $13
              local.get $20
              f32x4.extract_lane 1
              f32.store offset=4
             end
             local.get $16
             i32.const 2
             i32.gt_s
             if
              local.get $13
              local.get $20
              f32x4.extract_lane 2
              f32.store offset=8
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.79
             local.get $16
             i32.const 4
             i32.sub
             local.tee $9
             i32.const 4
             i32.ge_s
             if
              local.get $13
              local.get $21
              v128.store offset=16
              br $kernels-as/assembly/simd/storeLanes|inlined.79
             end
             local.get $9
             i32.const 0
             i32.gt_s
             if
              local.get $13
              local.get $21
              f32x4.extract_lane 0
              f32.store offset=16
             end
             local.get $9
             i32.const 1
             i32.gt_s
             if
              local.get $13
              local.get $21
              f32x4.extract_lane 1
              f32.store offset=20
             end
             local.get $9
             i32.const 2
             i32.gt_s
             if
              local.get $13
              local.get $21
              f32x4.extract_lane 2
              f32.store offset=24
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.80
             local.get $16
             i32.const 8
             i32.sub
             local.tee $9
             i32.const 4
             i32.ge_s
             if
              local.get $13
              local.get $22
              v128.store offset=32
              br $kernels-as/assembly/simd/storeLanes|inlined.80
             end
             local.get $9
             i32.const 0
             i32.gt_s
             if
              local.get $13
              local.get $22
              f32x4.extract_lane 0
              f32.store offset=32
             end
             local.get $9
             i32.const 1
             i32.gt_s
             if
              local.get $13
              local.get $22
              f32x4.extract_lane 1
              f32.store offset=36
             end
             local.get $9
             i32.const 2
             i32.gt_s
             if
              local.get $13
              local.get $22
              f32x4.extract_lane 2
              f32.store offset=40
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.81
             local.get $16
             i32.const 12
             i32.sub
             local.tee $9
             i32.const 4
             i32.ge_s
             if
              local.get $13
              local.get $18
              v128.store offset=48
              br $kernels-as/assembly/simd/storeLanes|inlined.81
             end
             local.get $9
             i32.const 0
             i32.gt_s
             if
              local.get $13
              local.get $18
              f32x4.extract_lane 0
              f32.store offset=48
             end
             local.get $9
             i32.const 1
             i32.gt_s
             if
              local.get $13
              local.get $18
              f32x4.extract_lane 1
              f32.store offset=52
             end
             local.get $9
             i32.const 2
             i32.gt_s
             if
              local.get $13
              local.get $18
              f32x4.extract_lane 2
              f32.store offset=56
             end
            end
           end
           local.get $24
           i32.const 1
           i32.add
           local.set $24
           br $for-loop|8
          end
         end
        else
         i32.const 16
         local.get $3
         local.get $17
         i32.const 4
         i32.shl
         local.tee $9
         i32.sub
         local.tee $11
         local.get $11
         i32.const 16
         i32.gt_s
         select
         local.set $14
         local.get $8
         local.get $3
         local.get $25
         i32.mul
         local.get $9
         i32.add
         i32.const 2
         i32.shl
         i32.add
         local.set $11
         i32.const 0
         local.set $24
         loop $for-loop|11
          local.get $6
          local.get $24
          i32.gt_s
          if
           local.get $6
           i32.const 1
           i32.sub
           i64.extend_i32_s
           local.tee $26
           local.get $2
           i64.extend_i32_s
           local.tee $30
           local.get $24
           i64.extend_i32_s
           i64.mul
           i64.add
           local.get $6
           i64.extend_i32_s
           local.tee $31
           i64.div_u
           i32.wrap_i64
           local.tee $9
           local.get $26
           local.get $24
           i32.const 1
           i32.add
           i64.extend_i32_s
           local.get $30
           i64.mul
           i64.add
           local.get $31
           i64.div_u
           i32.wrap_i64
           local.tee $13
           i32.ne
           if
            local.get $27
            local.get $9
            i32.const 4
            i32.shl
            i32.add
            local.set $16
            local.get $5
            local.get $24
            local.get $3
            i32.const 15
            i32.add
            i32.const 16
            i32.div_s
            i32.const 4
            i32.shl
            i32.mul
            local.get $17
            i32.const 4
            i32.shl
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.tee $32
            v128.load
            local.set $18
            local.get $32
            v128.load offset=16
            local.set $21
            local.get $32
            v128.load offset=32
            local.set $22
            local.get $32
            v128.load offset=48
            local.set $23
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $19
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $20
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $15
            local.get $9
            i32.const 0
            i32.gt_s
            if (result v128)
             block $kernels-as/assembly/simd/loadLanes|inlined.94 (result v128)
              local.get $14
              i32.const 4
              i32.ge_s
              if
               local.get $11
               v128.load
               br $kernels-as/assembly/simd/loadLanes|inlined.94
              end
              local.get $14
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $11
               f32.load
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $12
              local.get $14
              i32.const 1
              i32.gt_s
              if
               local.get $12
               local.get $11
               f32.load offset=4
               f32x4.replace_lane 1
               local.set $12
              end
              local.get $14
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $12
               local.get $11
               f32.load offset=8
               f32x4.replace_lane 2
              else
               local.get $12
              end
             end
             local.set $19
             block $kernels-as/assembly/simd/loadLanes|inlined.95 (result v128)
              local.get $14
              i32.const 4
              i32.sub
              local.tee $32
              i32.const 4
              i32.ge_s
              if
               local.get $11
               v128.load offset=16
               br $kernels-as/assembly/simd/loadLanes|inlined.95
              end
              local.get $32
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $11
               f32.load offset=16
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $12
              local.get $32
              i32.const 1
              i32.gt_s
              if
               local.get $12
               local.get $11
               f32.load offset=20
               f32x4.replace_lane 1
               local.set $12
              end
              local.get $32
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $12
               local.get $11
               f32.load offset=24
               f32x4.replace_lane 2
              else
               local.get $12
              end
             end
             local.set $20
             block $kernels-as/assembly/simd/loadLanes|inlined.96 (result v128)
              local.get $14
              i32.const 8
              i32.sub
              local.tee $32
              i32.const 4
              i32.ge_s
              if
               local.get $11
               v128.load offset=32
               br $kernels-as/assembly/simd/loadLanes|inlined.96
              end
              local.get $32
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $11
               f32.load offset=32
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $12
              local.get $32
              i32.const 1
              i32.gt_s
              if
               local.get $12
               local.get $11
               f32.load offset=36
               f32x4.replace_lane 1
               local.set $12
              end
              local.get $32
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $12
               local.get $11
               f32.load offset=40
               f32x4.replace_lane 2
              else
               local.get $12
              end
             end
             local.set $15
             block $kernels-as/assembly/simd/loadLanes|inlined.97 (result v128)
              local.get $14
              i32.const 12
              i32.sub
              local.tee $32
              i32.const 4
              i32.ge_s
              if
               local.get $11
               v128.load offset=48
               br $kernels-as/assembly/simd/loadLanes|inlined.97
              end
              local.get $32
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $11
               f32.load offset=48
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $12
              local.get $32
              i32.const 1
              i32.gt_s
              if
               local.get $12
               local.get $11
               f32.load offset=52
               f32x4.replace_lane 1
               local.set $12
              end
              local.get $32
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $12
               local.get $11
               f32.load offset=56
               f32x4.replace_lane 2
              else
               local.get $12
              end
             end
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $12
            local.get $0
            local.get $2
            local.get $25
            i32.mul
            local.get $9
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.set $32
            local.get $13
            local.get $9
            i32.sub
            local.set $33
            i32.const 0
            local.set $9
            loop $for-loop|13
             local.get $9
             i32.const 2
             i32.add
             local.tee $13
             local.get $33
             i32.le_u
             if
              local.get $32
              local.get $9
              i32.const 2
              i32.shl
              i32.add
              local.tee $9
              v128.load32_splat
              local.set $29
              local.get $19
              local.get $16
              i32.const 16
              i32.add
              local.tee $34
              v128.load8x8_s align=1
              i32x4.extend_low_i16x8_s
              f32x4.convert_i32x4_s
              local.get $18
              f32x4.mul
              local.tee $19
              v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
              i32x4.add
              local.get $19
              i32.const 16
              i32x4.shr_u
              v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
              v128.and
              i32x4.add
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.get $9
              v128.load32_splat offset=4
              local.tee $36
              local.get $16
              v128.load8x8_s align=1
              i32x4.extend_low_i16x8_s
              f32x4.convert_i32x4_s
              local.get $18
              f32x4.mul
              local.tee $19
              v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
              i32x4.add
              local.get $19
              i32.const 16
              i32x4.shr_u
              v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
              v128.and
              i32x4.add
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.get $29
              f32x4.mul
              f32x4.relaxed_madd
              f32x4.add
              local.set $19
              local.get $20
              local.get $34
              i32.const 4
              i32.add
              v128.load8x8_s align=1
              i32x4.extend_low_i16x8_s
              f32x4.convert_i32x4_s
              local.get $21
              f32x4.mul
              local.tee $20
              v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
              i32x4.add
              local.get $20
              i32.const 16
              i32x4.shr_u
              v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
              v128.and
              i32x4.add
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.get $36
              local.get $16
              i32.const 4
              i32.add
              v128.load8x8_s align=1
              i32x4.extend_low_i16x8_s
              f32x4.convert_i32x4_s
              local.get $21
              f32x4.mul
              local.tee $20
              v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
              i32x4.add
              local.get $20
              i32.const 16
              i32x4.shr_u
              v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
              v128.and
              i32x4.add
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.get $29
              f32x4.mul
              f32x4.relaxed_madd
              f32x4.add
              local.set $20
              local.get $15
              local.get $34
              i32.const 8
              i32.add
              v128.load8x8_s align=1
              i32x4.extend_low_i16x8_s
              f32x4.convert_i32x4_s
              local.get $22
              f32x4.mul
              local.tee $15
              v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
              i32x4.add
              local.get $15
              i32.const 16
              i32x4.shr_u
              v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
              v128.and
              i32x4.add
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.get $36
              local.get $16
              i32.const 8
              i32.add
              v128.load8x8_s align=1
              i32x4.extend_low_i16x8_s
              f32x4.convert_i32x4_s
              local.get $22
              f32x4.mul
              local.tee $15
              v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
              i32x4.add
              local.get $15
              i32.const 16
              i32x4.shr_u
              v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
              v128.and
              i32x4.add
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.get $29
              f32x4.mul
              f32x4.relaxed_madd
              f32x4.add
              local.set $15
              local.get $12
              local.get $34
              i32.const 12
              i32.add
              v128.load8x8_s align=1
              i32x4.extend_low_i16x8_s
              f32x4.convert_i32x4_s
              local.get $23
              f32x4.mul
              local.tee $12
              v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
              i32x4.add
              local.get $12
              i32.const 16
              i32x4.shr_u
              v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
              v128.and
              i32x4.add
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.get $36
              local.get $16
              i32.const 12
              i32.add
              v128.load8x8_s align=1
              i32x4.extend_low_i16x8_s
              f32x4.convert_i32x4_s
              local.get $23
              f32x4.mul
              local.tee $12
              v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
              i32x4.add
              local.get $12
              i32.const 16
              i32x4.shr_u
              v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
              v128.and
              i32x4.add
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.get $29
              f32x4.mul
              f32x4.relaxed_madd
              f32x4.add
              local.set $12
              local.get $16
              i32.const 32
              i32.add
              local.set $16
              local.get $13
              local.set $9
              br $for-loop|13
             end
            end
            local.get $9
            local.get $33
            i32.lt_u
            if
             local.get $16
             v128.load8x8_s align=1
             i32x4.extend_low_i16x8_s
             f32x4.convert_i32x4_s
             local.get $18
             f32x4.mul
             local.tee $18
             v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
             i32x4.add
             local.get $18
             i32.const 16
             i32x4.shr_u
             v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
             v128.and
             i32x4.add
             v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
             v128.and
             local.get $32
             local.get $9
             i32.const 2
             i32.shl
             i32.add
             v128.load32_splat
             local.tee $18
             local.get $19
             f32x4.relaxed_madd
             local.set $19
             local.get $16
             i32.const 4
             i32.add
             v128.load8x8_s align=1
             i32x4.extend_low_i16x8_s
             f32x4.convert_i32x4_s
             local.get $21
             f32x4.mul
             local.tee $21
             v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
             i32x4.add
             local.get $21
             i32.const 16
             i32x4.shr_u
             v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
             v128.and
             i32x4.add
             v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
             v128.and
             local.get $18
             local.get $20
             f32x4.relaxed_madd
             local.set $20
             local.get $16
             i32.const 8
             i32.add
             v128.load8x8_s align=1
             i32x4.extend_low_i16x8_s
             f32x4.convert_i32x4_s
             local.get $22
             f32x4.mul
             local.tee $21
             v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
             i32x4.add
             local.get $21
             i32.const 16
             i32x4.shr_u
             v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
             v128.and
             i32x4.add
             v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
             v128.and
             local.get $18
             local.get $15
             f32x4.relaxed_madd
             local.set $15
             local.get $16
             i32.const 12
             i32.add
             v128.load8x8_s align=1
             i32x4.extend_low_i16x8_s
             f32x4.convert_i32x4_s
             local.get $23
             f32x4.mul
             local.tee $21
             v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
             i32x4.add
             local.get $21
             i32.const 16
             i32x4.shr_u
             v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
             v128.and
             i32x4.add
             v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
             v128.and
             local.get $18
             local.get $12
             f32x4.relaxed_madd
             local.set $12
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.94
             local.get $14
             i32.const 4
             i32.ge_s
             if
              local.get $11
              local.get $19
              v128.store
              br $kernels-as/assembly/simd/storeLanes|inlined.94
             end
             local.get $14
             i32.const 0
             i32.gt_s
             if
              local.get $11
              local.get $19
              f32x4.extract_lane 0
              f32.store
             end
             local.get $14
             i32.const 1
             i32.gt_s
             if
              local.get $11
              local.get $19
              f32x4.extract_lane 1
              f32.store offset=4
             end
             local.get $14
             i32.const 2
             i32.gt_s
             if
              local.get $11
              local.get $19
              f32x4.extract_lane 2
              f32.store offset=8
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.95
             local.get $14
             i32.const 4
             i32.sub
             local.tee $9
             i32.const 4
             i32.ge_s
             if
              local.get $11
              local.get $20
              v128.store offset=16
              br $kernels-as/assembly/simd/storeLanes|inlined.95
             end
             local.get $9
             i32.const 0
             i32.gt_s
             if
              local.get $11
              local.get $20
              f32x4.extract_lane 0
              f32.store offset=16
             end
             local.get $9
             i32.const 1
             i32.gt_s
             if
              local.get $11
              local.get $20
              f32x4.extract_lane 1
              f32.store offset=20
             end
             local.get $9
             i32.const 2
             i32.gt_s
             if
              local.get $11
              local.get $20
              f32x4.extract_lane 2
              f32.store offset=24
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.96
             local.get $14
             i32.const 8
             i32.sub
             local.tee $9
             i32.const 4
             i32.ge_s
             if
              local.get $11
              local.get $15
              v128.store offset=32
              br $kernels-as/assembly/simd/storeLanes|inlined.96
             end
             local.get $9
             i32.const 0
             i32.gt_s
             if
              local.get $11
              local.get $15
              f32x4.extract_lane 0
              f32.store offset=32
             end
             local.get $9
             i32.const 1
             i32.gt_s
             if
              local.get $11
              local.get $15
              f32x4.extract_lane 1
              f32.store offset=36
             end
             local.get $9
             i32.const 2
             i32.gt_s
             if
              local.get $11
              local.get $15
              f32x4.extract_lane 2
              f32.store offset=40
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.97
             local.get $14
             i32.const 12
             i32.sub
             local.tee $9
             i32.const 4
             i32.ge_s
             if
              local.get $11
              local.get $12
              v128.store offset=48
              br $kernels-as/assembly/simd/storeLanes|inlined.97
             end
             local.get $9
             i32.const 0
             i32.gt_s
             if
              local.get $11
              local.get $12
              f32x4.extract_lane 0
              f32.store offset=48
             end
             local.get $9
             i32.const 1
             i32.gt_s
             if
              local.get $11
              local.get $12
              f32x4.extract_lane 1
              f32.store offset=52
             end
             local.get $9
             i32.const 2
             i32.gt_s
             if
              local.get $11
              local.get $12
              f32x4.extract_lane 2
              f32.store offset=56
             end
            end
           end
           local.get $24
           i32.const 1
           i32.add
           local.set $24
           br $for-loop|11
          end
         end
        end
       else
        local.get $9
        i32.const 0
        i32.ne
        local.set $32
        i32.const 16
        local.get $3
        local.get $17
        i32.const 4
        i32.shl
        local.tee $9
        i32.sub
        local.tee $11
        local.get $11
        i32.const 16
        i32.gt_s
        select
        local.set $33
        local.get $8
        local.get $3
        local.get $25
        i32.mul
        local.get $9
        i32.add
        i32.const 2
        i32.shl
        i32.add
        local.tee $11
        local.get $3
        i32.const 2
        i32.shl
        i32.add
        local.set $13
        i32.const 0
        local.set $24
        loop $for-loop|14
         local.get $6
         local.get $24
         i32.gt_s
         if
          local.get $6
          i32.const 1
          i32.sub
          i64.extend_i32_s
          local.tee $26
          local.get $2
          i64.extend_i32_s
          local.tee $30
          local.get $24
          i64.extend_i32_s
          i64.mul
          i64.add
          local.get $6
          i64.extend_i32_s
          local.tee $31
          i64.div_u
          i32.wrap_i64
          local.tee $9
          local.get $26
          local.get $24
          i32.const 1
          i32.add
          i64.extend_i32_s
          local.get $30
          i64.mul
          i64.add
          local.get $31
          i64.div_u
          i32.wrap_i64
          local.tee $34
          i32.ne
          if
           local.get $5
           local.get $24
           local.get $3
           i32.const 15
           i32.add
           i32.const 16
           i32.div_s
           i32.const 4
           i32.shl
           i32.mul
           local.get $17
           i32.const 4
           i32.shl
           i32.add
           i32.const 2
           i32.shl
           i32.add
           local.tee $14
           v128.load
           local.set $36
           local.get $14
           v128.load offset=16
           local.set $37
           local.get $14
           v128.load offset=32
           local.set $38
           local.get $14
           v128.load offset=48
           local.set $39
           local.get $0
           local.get $2
           local.get $25
           i32.mul
           local.get $9
           i32.add
           i32.const 2
           i32.shl
           i32.add
           local.tee $35
           local.get $2
           i32.const 2
           i32.shl
           i32.add
           local.set $16
           local.get $27
           local.get $9
           i32.const 4
           i32.shl
           i32.add
           local.set $14
           local.get $32
           if
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $19
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $23
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $15
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $12
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $20
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $21
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $22
            local.get $9
            i32.const 0
            i32.gt_s
            if (result v128)
             block $kernels-as/assembly/simd/loadLanes|inlined.98 (result v128)
              local.get $33
              i32.const 4
              i32.ge_s
              if
               local.get $11
               v128.load
               br $kernels-as/assembly/simd/loadLanes|inlined.98
              end
              local.get $33
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $11
               f32.load
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $12
              local.get $33
              i32.const 1
              i32.gt_s
              if
               local.get $12
               local.get $11
               f32.load offset=4
               f32x4.replace_lane 1
               local.set $12
              end
              local.get $33
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $12
               local.get $11
               f32.load offset=8
               f32x4.replace_lane 2
              else
               local.get $12
              end
             end
             local.set $19
             block $kernels-as/assembly/simd/loadLanes|inlined.99 (result v128)
              local.get $33
              i32.const 4
              i32.sub
              local.tee $44
              i32.const 4
              i32.ge_s
              if
               local.get $11
               v128.load offset=16
               br $kernels-as/assembly/simd/loadLanes|inlined.99
              end
              local.get $44
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $11
               f32.load offset=16
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $12
              local.get $44
              i32.const 1
              i32.gt_s
              if
               local.get $12
               local.get $11
               f32.load offset=20
               f32x4.replace_lane 1
               local.set $12
              end
              local.get $44
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $12
               local.get $11
               f32.load offset=24
               f32x4.replace_lane 2
              else
               local.get $12
              end
             end
             local.set $23
             block $kernels-as/assembly/simd/loadLanes|inlined.100 (result v128)
              local.get $33
              i32.const 8
              i32.sub
              local.tee $44
              i32.const 4
              i32.ge_s
              if
               local.get $11
               v128.load offset=32
               br $kernels-as/assembly/simd/loadLanes|inlined.100
              end
              local.get $44
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $11
               f32.load offset=32
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $12
              local.get $44
              i32.const 1
              i32.gt_s
              if
               local.get $12
               local.get $11
               f32.load offset=36
               f32x4.replace_lane 1
               local.set $12
              end
              local.get $44
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $12
               local.get $11
               f32.load offset=40
               f32x4.replace_lane 2
              else
               local.get $12
              end
             end
             local.set $15
             block $kernels-as/assembly/simd/loadLanes|inlined.101 (result v128)
              local.get $33
              i32.const 12
              i32.sub
              local.tee $44
              i32.const 4
              i32.ge_s
              if
               local.get $11
               v128.load offset=48
               br $kernels-as/assembly/simd/loadLanes|inlined.101
              end
              local.get $44
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $11
               f32.load offset=48
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $12
              local.get $44
              i32.const 1
              i32.gt_s
              if
               local.get $12
               local.get $11
               f32.load offset=52
               f32x4.replace_lane 1
               local.set $12
              end
              local.get $44
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $12
               local.get $11
               f32.load offset=56
               f32x4.replace_lane 2
              else
               local.get $12
              end
             end
             local.set $12
             block $kernels-as/assembly/simd/loadLanes|inlined.102 (result v128)
              local.get $33
              i32.const 4
              i32.ge_s
              if
               local.get $13
               v128.load
               br $kernels-as/assembly/simd/loadLanes|inlined.102
              end
              local.get $33
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $13
               f32.load
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $18
              local.get $33
              i32.const 1
              i32.gt_s
              if
               local.get $18
               local.get $13
               f32.load offset=4
               f32x4.replace_lane 1
               local.set $18
              end
              local.get $33
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $18
               local.get $13
               f32.load offset=8
               f32x4.replace_lane 2
              else
               local.get $18
              end
             end
             local.set $20
             block $kernels-as/assembly/simd/loadLanes|inlined.103 (result v128)
              local.get $33
              i32.const 4
              i32.sub
              local.tee $44
              i32.const 4
              i32.ge_s
              if
               local.get $13
               v128.load offset=16
               br $kernels-as/assembly/simd/loadLanes|inlined.103
              end
              local.get $44
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $13
               f32.load offset=16
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $18
              local.get $44
              i32.const 1
              i32.gt_s
              if
               local.get $18
               local.get $13
               f32.load offset=20
               f32x4.replace_lane 1
               local.set $18
              end
              local.get $44
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $18
               local.get $13
               f32.load offset=24
               f32x4.replace_lane 2
              else
               local.get $18
              end
             end
             local.set $21
             block $kernels-as/assembly/simd/loadLanes|inlined.104 (result v128)
              local.get $33
              i32.const 8
              i32.sub
              local.tee $44
              i32.const 4
              i32.ge_s
              if
               local.get $13
               v128.load offset=32
               br $kernels-as/assembly/simd/loadLanes|inlined.104
              end
              local.get $44
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $13
               f32.load offset=32
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $18
              local.get $44
              i32.const 1
              i32.gt_s
              if
               local.get $18
               local.get $13
               f32.load offset=36
               f32x4.replace_lane 1
               local.set $18
              end
              local.get $44
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $18
               local.get $13
               f32.load offset=40
               f32x4.replace_lane 2
              else
               local.get $18
              end
             end
             local.set $22
             block $kernels-as/assembly/simd/loadLanes|inlined.105 (result v128)
              local.get $33
              i32.const 12
              i32.sub
              local.tee $44
              i32.const 4
              i32.ge_s
              if
               local.get $13
               v128.load offset=48
               br $kernels-as/assembly/simd/loadLanes|inlined.105
              end
              local.get $44
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $13
               f32.load offset=48
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $18
              local.get $44
              i32.const 1
              i32.gt_s
              if
               local.get $18
               local.get $13
               f32.load offset=52
               f32x4.replace_lane 1
               local.set $18
              end
              local.get $44
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $18
               local.get $13
               f32.load offset=56
               f32x4.replace_lane 2
              else
               local.get $18
              end
             end
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $18
            local.get $34
            local.get $9
            i32.sub
            local.set $34
            i32.const 0
            local.set $9
            loop $for-loop|15
             local.get $9
             local.get $34
             i32.lt_u
             if
              local.get $14
              v128.load8x8_s align=1
              i32x4.extend_low_i16x8_s
              f32x4.convert_i32x4_s
              local.get $36
              f32x4.mul
              local.tee $29
              v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
              i32x4.add
              local.get $29
              i32.const 16
              i32x4.shr_u
              v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
              v128.and
              i32x4.add
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.set $40
              local.get $29
              v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
              v128.or
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.get $40
              local.get $29
              local.get $29
              f32x4.ne
              v128.bitselect
              local.tee $40
              local.get $35
              local.get $9
              i32.const 2
              i32.shl
              local.tee $44
              i32.add
              v128.load32_splat
              local.tee $41
              local.get $19
              f32x4.relaxed_madd
              local.set $19
              local.get $14
              i32.const 4
              i32.add
              v128.load8x8_s align=1
              i32x4.extend_low_i16x8_s
              f32x4.convert_i32x4_s
              local.get $37
              f32x4.mul
              local.tee $29
              v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
              i32x4.add
              local.get $29
              i32.const 16
              i32x4.shr_u
              v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
              v128.and
              i32x4.add
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.set $42
              local.get $29
              v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
              v128.or
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.get $42
              local.get $29
              local.get $29
              f32x4.ne
              v128.bitselect
              local.tee $42
              local.get $41
              local.get $23
              f32x4.relaxed_madd
              local.set $23
              local.get $14
              i32.const 8
              i32.add
              v128.load8x8_s align=1
              i32x4.extend_low_i16x8_s
              f32x4.convert_i32x4_s
              local.get $38
              f32x4.mul
              local.tee $29
              v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
              i32x4.add
              local.get $29
              i32.const 16
              i32x4.shr_u
              v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
              v128.and
              i32x4.add
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.set $43
              local.get $29
              v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
              v128.or
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.get $43
              local.get $29
              local.get $29
              f32x4.ne
              v128.bitselect
              local.tee $43
              local.get $41
              local.get $15
              f32x4.relaxed_madd
              local.set $15
              local.get $14
              i32.const 12
              i32.add
              v128.load8x8_s align=1
              i32x4.extend_low_i16x8_s
              f32x4.convert_i32x4_s
              local.get $39
              f32x4.mul
              local.tee $45
              v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
              i32x4.add
              local.get $45
              i32.const 16
              i32x4.shr_u
              v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
              v128.and
              i32x4.add
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.set $29
              local.get $45
              v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
              v128.or
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.get $29
              local.get $45
              local.get $45
              f32x4.ne
              v128.bitselect
              local.tee $29
              local.get $41
              local.get $12
              f32x4.relaxed_madd
              local.set $12
              local.get $40
              local.get $16
              local.get $44
              i32.add
              v128.load32_splat
              local.tee $40
              local.get $20
              f32x4.relaxed_madd
              local.set $20
              local.get $42
              local.get $40
              local.get $21
              f32x4.relaxed_madd
              local.set $21
              local.get $43
              local.get $40
              local.get $22
              f32x4.relaxed_madd
              local.set $22
              local.get $29
              local.get $40
              local.get $18
              f32x4.relaxed_madd
              local.set $18
              local.get $14
              i32.const 16
              i32.add
              local.set $14
              local.get $9
              i32.const 1
              i32.add
              local.set $9
              br $for-loop|15
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.98
             local.get $33
             i32.const 4
             i32.ge_s
             if
              local.get $11
              local.get $19
              v128.store
              br $kernels-as/assembly/simd/storeLanes|inlined.98
             end
             local.get $33
             i32.const 0
             i32.gt_s
             if
              local.get $11
              local.get $19
              f32x4.extract_lane 0
              f32.store
             end
             local.get $33
             i32.const 1
             i32.gt_s
             if
              local.get $11
              local.get $19
              f32x4.extract_lane 1
              f32.store offset=4
             end
             local.get $33
             i32.const 2
             i32.gt_s
             if
              local.get $11
              local.get $19
              f32x4.extract_lane 2
              f32.store offset=8
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.99
             local.get $33
             i32.const 4
             i32.sub
             local.tee $9
             i32.const 4
             i32.ge_s
             if
              local.get $11
              local.get $23
              v128.store offset=16
              br $kernels-as/assembly/simd/storeLanes|inlined.99
             end
             local.get $9
             i32.const 0
             i32.gt_s
             if
              local.get $11
              local.get $23
              f32x4.extract_lane 0
              f32.store offset=16
             end
             local.get $9
             i32.const 1
             i32.gt_s
             if
              local.get $11
              local.get $23
              f32x4.extract_lane 1
              f32.store offset=20
             end
             local.get $9
             i32.const 2
             i32.gt_s
             if
              local.get $11
              local.get $23
              f32x4.extract_lane 2
              f32.store offset=24
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.100
             local.get $33
             i32.const 8
             i32.sub
             local.tee $9
             i32.const 4
             i32.ge_s
             if
              local.get $11
              local.get $15
              v128.store offset=32
              br $kernels-as/assembly/simd/storeLanes|inlined.100
             end
             local.get $9
             i32.const 0
             i32.gt_s
             if
              local.get $11
              local.get $15
              f32x4.extract_lane 0
              f32.store offset=32
             end
             local.get $9
             i32.const 1
             i32.gt_s
             if
              local.get $11
              local.get $15
              f32x4.extract_lane 1
              f32.store offset=36
             end
             local.get $9
             i32.const 2
             i32.gt_s
             if
              local.get $11
              local.get $15
              f32x4.extract_lane 2
              f32.store offset=40
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.101
             local.get $33
             i32.const 12
             i32.sub
             local.tee $9
             i32.const 4
             i32.ge_s
             if
              local.get $11
              local.get $12
              v128.store offset=48
              br $kernels-as/assembly/simd/storeLanes|inlined.101
             end
             local.get $9
             i32.const 0
             i32.gt_s
             if
              local.get $11
              local.get $12
              f32x4.extract_lane 0
              f32.store offset=48
             end
             local.get $9
             i32.const 1
             i32.gt_s
             if
              local.get $11
              local.get $12
              f32x4.extract_lane 1
              f32.store offset=52
             end
             local.get $9
             i32.const 2
             i32.gt_s
             if
              local.get $11
              local.get $12
              f32x4.extract_lane 2
              f32.store offset=56
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.102
             local.get $33
             i32.const 4
             i32.ge_s
             if
              local.get $13
              local.get $20
              v128.store
              br $kernels-as/assembly/simd/storeLanes|inlined.102
             end
             local.get $33
             i32.const 0
             i32.gt_s
             if
              local.get $13
              local.get $20
              f32x4.extract_lane 0
              f32.store
             end
             local.get $33
             i32.const 1
             i32.gt_s
             if
              local.get $13
              local.get $20
              f32x4.extract_lane 1
              f32.store offset=4
             end
             local.get $33
             i32.const 2
             i32.gt_s
             if
              local.get $13
              local.get $20
              f32x4.extract_lane 2
              f32.store offset=8
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.103
             local.get $33
             i32.const 4
             i32.sub
             local.tee $9
             i32.const 4
             i32.ge_s
             if
              local.get $13
              local.get $21
              v128.store offset=16
              br $kernels-as/assembly/simd/storeLanes|inlined.103
             end
             local.get $9
             i32.const 0
             i32.gt_s
             if
              local.get $13
              local.get $21
              f32x4.extract_lane 0
              f32.store offset=16
             end
             local.get $9
             i32.const 1
             i32.gt_s
             if
              local.get $13
              local.get $21
              f32x4.extract_lane 1
              f32.store offset=20
             end
             local.get $9
             i32.const 2
             i32.gt_s
             if
              local.get $13
              local.get $21
              f32x4.extract_lane 2
              f32.store offset=24
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.104
             local.get $33
             i32.const 8
             i32.sub
             local.tee $9
             i32.const 4
             i32.ge_s
             if
              local.get $13
              local.get $22
              v128.store offset=32
              br $kernels-as/assembly/simd/storeLanes|inlined.104
             end
             local.get $9
             i32.const 0
             i32.gt_s
             if
              local.get $13
              local.get $22
              f32x4.extract_lane 0
              f32.store offset=32
             end
             local.get $9
             i32.const 1
             i32.gt_s
             if
              local.get $13
              local.get $22
              f32x4.extract_lane 1
              f32.store offset=36
             end
             local.get $9
             i32.const 2
             i32.gt_s
             if
              local.get $13
              local.get $22
              f32x4.extract_lane 2
              f32.store offset=40
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.105
             local.get $33
             i32.const 12
             i32.sub
             local.tee $9
             i32.const 4
             i32.ge_s
             if
              local.get $13
              local.get $18
              v128.store offset=48
              br $kernels-as/assembly/simd/storeLanes|inlined.105
             end
             local.get $9
             i32.const 0
             i32.gt_s
             if
              local.get $13
              local.get $18
              f32x4.extract_lane 0
              f32.store offset=48
             end
             local.get $9
             i32.const 1
             i32.gt_s
             if
              local.get $13
              local.get $18
              f32x4.extract_lane 1
              f32.store offset=52
             end
             local.get $9
             i32.const 2
             i32.gt_s
             if
              local.get $13
              local.get $18
              f32x4.extract_lane 2
              f32.store offset=56
             end
            end
           else
            local.get $14
            local.set $16
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $19
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $20
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $15
            local.get $9
            i32.const 0
            i32.gt_s
            if (result v128)
             block $kernels-as/assembly/simd/loadLanes|inlined.106 (result v128)
              local.get $33
              i32.const 4
              i32.ge_s
              if
               local.get $11
               v128.load
               br $kernels-as/assembly/simd/loadLanes|inlined.106
              end
              local.get $33
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $11
               f32.load
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $12
              local.get $33
              i32.const 1
              i32.gt_s
              if
               local.get $12
               local.get $11
               f32.load offset=4
               f32x4.replace_lane 1
               local.set $12
              end
              local.get $33
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $12
               local.get $11
               f32.load offset=8
               f32x4.replace_lane 2
              else
               local.get $12
              end
             end
             local.set $19
             block $kernels-as/assembly/simd/loadLanes|inlined.107 (result v128)
              local.get $33
              i32.const 4
              i32.sub
              local.tee $14
              i32.const 4
              i32.ge_s
              if
               local.get $11
               v128.load offset=16
               br $kernels-as/assembly/simd/loadLanes|inlined.107
              end
              local.get $14
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $11
               f32.load offset=16
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $12
              local.get $14
              i32.const 1
              i32.gt_s
              if
               local.get $12
               local.get $11
               f32.load offset=20
               f32x4.replace_lane 1
               local.set $12
              end
              local.get $14
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $12
               local.get $11
               f32.load offset=24
               f32x4.replace_lane 2
              else
               local.get $12
              end
             end
             local.set $20
             block $kernels-as/assembly/simd/loadLanes|inlined.108 (result v128)
              local.get $33
              i32.const 8
              i32.sub
              local.tee $14
              i32.const 4
              i32.ge_s
              if
               local.get $11
               v128.load offset=32
               br $kernels-as/assembly/simd/loadLanes|inlined.108
              end
              local.get $14
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $11
               f32.load offset=32
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $12
              local.get $14
              i32.const 1
              i32.gt_s
              if
               local.get $12
               local.get $11
               f32.load offset=36
               f32x4.replace_lane 1
               local.set $12
              end
              local.get $14
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $12
               local.get $11
               f32.load offset=40
               f32x4.replace_lane 2
              else
               local.get $12
              end
             end
             local.set $15
             block $kernels-as/assembly/simd/loadLanes|inlined.109 (result v128)
              local.get $33
              i32.const 12
              i32.sub
              local.tee $14
              i32.const 4
              i32.ge_s
              if
               local.get $11
               v128.load offset=48
               br $kernels-as/assembly/simd/loadLanes|inlined.109
              end
              local.get $14
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $11
               f32.load offset=48
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $12
              local.get $14
              i32.const 1
              i32.gt_s
              if
               local.get $12
               local.get $11
               f32.load offset=52
               f32x4.replace_lane 1
               local.set $12
              end
              local.get $14
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $12
               local.get $11
               f32.load offset=56
               f32x4.replace_lane 2
              else
               local.get $12
              end
             end
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $12
            local.get $34
            local.get $9
            i32.sub
            local.set $34
            i32.const 0
            local.set $9
            loop $for-loop|16
             local.get $9
             i32.const 2
             i32.add
             local.tee $14
             local.get $34
             i32.le_u
             if
              local.get $35
              local.get $9
              i32.const 2
              i32.shl
              i32.add
              local.tee $9
              v128.load32_splat
              local.set $18
              local.get $16
              i32.const 16
              i32.add
              local.tee $44
              v128.load8x8_s align=1
              i32x4.extend_low_i16x8_s
              f32x4.convert_i32x4_s
              local.get $36
              f32x4.mul
              local.tee $21
              v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
              i32x4.add
              local.get $21
              i32.const 16
              i32x4.shr_u
              v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
              v128.and
              i32x4.add
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.set $22
              local.get $16
              v128.load8x8_s align=1
              i32x4.extend_low_i16x8_s
              f32x4.convert_i32x4_s
              local.get $36
              f32x4.mul
              local.tee $23
              v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
              i32x4.add
              local.get $23
              i32.const 16
              i32x4.shr_u
              v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
              v128.and
              i32x4.add
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.set $29
              local.get $19
              local.get $21
              v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
              v128.or
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.get $22
              local.get $21
              local.get $21
              f32x4.ne
              v128.bitselect
              local.get $9
              v128.load32_splat offset=4
              local.tee $21
              local.get $23
              v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
              v128.or
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.get $29
              local.get $23
              local.get $23
              f32x4.ne
              v128.bitselect
              local.get $18
              f32x4.mul
              f32x4.relaxed_madd
              f32x4.add
              local.set $19
              local.get $44
              i32.const 4
              i32.add
              v128.load8x8_s align=1
              i32x4.extend_low_i16x8_s
              f32x4.convert_i32x4_s
              local.get $37
              f32x4.mul
              local.tee $22
              v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
              i32x4.add
              local.get $22
              i32.const 16
              i32x4.shr_u
              v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
              v128.and
              i32x4.add
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.set $23
              local.get $16
              i32.const 4
              i32.add
              v128.load8x8_s align=1
              i32x4.extend_low_i16x8_s
              f32x4.convert_i32x4_s
              local.get $37
              f32x4.mul
              local.tee $29
              v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
              i32x4.add
              local.get $29
              i32.const 16
              i32x4.shr_u
              v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
              v128.and
              i32x4.add
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.set $40
              local.get $20
              local.get $22
              v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
              v128.or
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.get $23
              local.get $22
              local.get $22
              f32x4.ne
              v128.bitselect
              local.get $21
              local.get $29
              v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
              v128.or
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.get $40
              local.get $29
              local.get $29
              f32x4.ne
              v128.bitselect
              local.get $18
              f32x4.mul
              f32x4.relaxed_madd
              f32x4.add
              local.set $20
              local.get $44
              i32.const 8
              i32.add
              v128.load8x8_s align=1
              i32x4.extend_low_i16x8_s
              f32x4.convert_i32x4_s
              local.get $38
              f32x4.mul
              local.tee $22
              v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
              i32x4.add
              local.get $22
              i32.const 16
              i32x4.shr_u
              v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
              v128.and
              i32x4.add
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.set $23
              local.get $16
              i32.const 8
              i32.add
              v128.load8x8_s align=1
              i32x4.extend_low_i16x8_s
              f32x4.convert_i32x4_s
              local.get $38
              f32x4.mul
              local.tee $29
              v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
              i32x4.add
              local.get $29
              i32.const 16
              i32x4.shr_u
              v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
              v128.and
              i32x4.add
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.set $40
              local.get $15
              local.get $22
              v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
              v128.or
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.get $23
              local.get $22
              local.get $22
              f32x4.ne
              v128.bitselect
              local.get $21
              local.get $29
              v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
              v128.or
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.get $40
              local.get $29
              local.get $29
              f32x4.ne
              v128.bitselect
              local.get $18
              f32x4.mul
              f32x4.relaxed_madd
              f32x4.add
              local.set $15
              local.get $44
              i32.const 12
              i32.add
              v128.load8x8_s align=1
              i32x4.extend_low_i16x8_s
              f32x4.convert_i32x4_s
              local.get $39
              f32x4.mul
              local.tee $22
              v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
              i32x4.add
              local.get $22
              i32.const 16
              i32x4.shr_u
              v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
              v128.and
              i32x4.add
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.set $23
              local.get $16
              i32.const 12
              i32.add
              v128.load8x8_s align=1
              i32x4.extend_low_i16x8_s
              f32x4.convert_i32x4_s
              local.get $39
              f32x4.mul
              local.tee $29
              v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
              i32x4.add
              local.get $29
              i32.const 16
              i32x4.shr_u
              v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
              v128.and
              i32x4.add
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.set $40
              local.get $12
              local.get $22
              v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
              v128.or
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.get $23
              local.get $22
              local.get $22
              f32x4.ne
              v128.bitselect
              local.get $21
              local.get $29
              v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
              v128.or
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.get $40
              local.get $29
              local.get $29
              f32x4.ne
              v128.bitselect
              local.get $18
              f32x4.mul
              f32x4.relaxed_madd
              f32x4.add
              local.set $12
              local.get $16
              i32.const 32
              i32.add
              local.set $16
              local.get $14
              local.set $9
              br $for-loop|16
             end
            end
            local.get $9
            local.get $34
            i32.lt_u
            if
             local.get $16
             v128.load8x8_s align=1
             i32x4.extend_low_i16x8_s
             f32x4.convert_i32x4_s
             local.get $36
             f32x4.mul
             local.tee $18
             v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
             i32x4.add
             local.get $18
             i32.const 16
             i32x4.shr_u
             v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
             v128.and
             i32x4.add
             v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
             v128.and
             local.set $21
             local.get $18
             v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
             v128.or
             v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
             v128.and
             local.get $21
             local.get $18
             local.get $18
             f32x4.ne
             v128.bitselect
             local.get $35
             local.get $9
             i32.const 2
             i32.shl
             i32.add
             v128.load32_splat
             local.tee $18
             local.get $19
             f32x4.relaxed_madd
             local.set $19
             local.get $16
             i32.const 4
             i32.add
             v128.load8x8_s align=1
             i32x4.extend_low_i16x8_s
             f32x4.convert_i32x4_s
             local.get $37
             f32x4.mul
             local.tee $21
             v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
             i32x4.add
             local.get $21
             i32.const 16
             i32x4.shr_u
             v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
             v128.and
             i32x4.add
             v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
             v128.and
             local.set $22
             local.get $21
             v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
             v128.or
             v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
             v128.and
             local.get $22
             local.get $21
             local.get $21
             f32x4.ne
             v128.bitselect
             local.get $18
             local.get $20
             f32x4.relaxed_madd
             local.set $20
             local.get $16
             i32.const 8
             i32.add
             v128.load8x8_s align=1
             i32x4.extend_low_i16x8_s
             f32x4.convert_i32x4_s
             local.get $38
             f32x4.mul
             local.tee $21
             v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
             i32x4.add
             local.get $21
             i32.const 16
             i32x4.shr_u
             v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
             v128.and
             i32x4.add
             v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
             v128.and
             local.set $22
             local.get $21
             v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
             v128.or
             v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
             v128.and
             local.get $22
             local.get $21
             local.get $21
             f32x4.ne
             v128.bitselect
             local.get $18
             local.get $15
             f32x4.relaxed_madd
             local.set $15
             local.get $16
             i32.const 12
             i32.add
             v128.load8x8_s align=1
             i32x4.extend_low_i16x8_s
             f32x4.convert_i32x4_s
             local.get $39
             f32x4.mul
             local.tee $21
             v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
             i32x4.add
             local.get $21
             i32.const 16
             i32x4.shr_u
             v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
             v128.and
             i32x4.add
             v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
             v128.and
             local.set $22
             local.get $21
             v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
             v128.or
             v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
             v128.and
             local.get $22
             local.get $21
             local.get $21
             f32x4.ne
             v128.bitselect
             local.get $18
             local.get $12
             f32x4.relaxed_madd
             local.set $12
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.106
             local.get $33
             i32.const 4
             i32.ge_s
             if
              local.get $11
              local.get $19
              v128.store
              br $kernels-as/assembly/simd/storeLanes|inlined.106
             end
             local.get $33
             i32.const 0
             i32.gt_s
             if
              local.get $11
              local.get $19
              f32x4.extract_lane 0
              f32.store
             end
             local.get $33
             i32.const 1
             i32.gt_s
             if
              local.get $11
              local.get $19
              f32x4.extract_lane 1
              f32.store offset=4
             end
             local.get $33
             i32.const 2
             i32.gt_s
             if
              local.get $11
              local.get $19
              f32x4.extract_lane 2
              f32.store offset=8
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.107
             local.get $33
             i32.const 4
             i32.sub
             local.tee $9
             i32.const 4
             i32.ge_s
             if
              local.get $11
              local.get $20
              v128.store offset=16
              br $kernels-as/assembly/simd/storeLanes|inlined.107
             end
             local.get $9
             i32.const 0
             i32.gt_s
             if
              local.get $11
              local.get $20
              f32x4.extract_lane 0
              f32.store offset=16
             end
             local.get $9
             i32.const 1
             i32.gt_s
             if
              local.get $11
              local.get $20
              f32x4.extract_lane 1
              f32.store offset=20
             end
             local.get $9
             i32.const 2
             i32.gt_s
             if
              local.get $11
              local.get $20
              f32x4.extract_lane 2
              f32.store offset=24
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.108
             local.get $33
             i32.const 8
             i32.sub
             local.tee $9
             i32.const 4
             i32.ge_s
             if
              local.get $11
              local.get $15
              v128.store offset=32
              br $kernels-as/assembly/simd/storeLanes|inlined.108
             end
             local.get $9
             i32.const 0
             i32.gt_s
             if
              local.get $11
              local.get $15
              f32x4.extract_lane 0
              f32.store offset=32
             end
             local.get $9
             i32.const 1
             i32.gt_s
             if
              local.get $11
              local.get $15
              f32x4.extract_lane 1
              f32.store offset=36
             end
             local.get $9
             i32.const 2
             i32.gt_s
             if
              local.get $11
              local.get $15
              f32x4.extract_lane 2
              f32.store offset=40
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.109
             local.get $33
             i32.const 12
             i32.sub
             local.tee $9
             i32.const 4
             i32.ge_s
             if
              local.get $11
              local.get $12
              v128.store offset=48
              br $kernels-as/assembly/simd/storeLanes|inlined.109
             end
             local.get $9
             i32.const 0
             i32.gt_s
             if
              local.get $11
              local.get $12
              f32x4.extract_lane 0
              f32.store offset=48
             end
             local.get $9
             i32.const 1
             i32.gt_s
             if
              local.get $11
              local.get $12
              f32x4.extract_lane 1
              f32.store offset=52
             end
             local.get $9
             i32.const 2
             i32.gt_s
             if
              local.get $11
              local.get $12
              f32x4.extract_lane 2
              f32.store offset=56
             end
            end
           end
          end
          local.get $24
          i32.const 1
          i32.add
          local.set $24
          br $for-loop|14
         end
        end
       end
      else
       local.get $9
       if
        i32.const 16
        local.get $3
        local.get $17
        i32.const 4
        i32.shl
        local.tee $9
        i32.sub
        local.tee $11
        local.get $11
        i32.const 16
        i32.gt_s
        select
        local.set $16
        local.get $8
        local.get $3
        local.get $25
        i32.mul
        local.get $9
        i32.add
        i32.const 2
        i32.shl
        i32.add
        local.tee $11
        local.get $3
        i32.const 2
        i32.shl
        i32.add
        local.set $13
        i32.const 0
        local.set $24
        loop $for-loop|2
         local.get $6
         local.get $24
         i32.gt_s
         if
          local.get $6
          i32.const 1
          i32.sub
          i64.extend_i32_s
          local.tee $26
          local.get $2
          i64.extend_i32_s
          local.tee $30
          local.get $24
          i64.extend_i32_s
          i64.mul
          i64.add
          local.get $6
          i64.extend_i32_s
          local.tee $31
          i64.div_u
          i32.wrap_i64
          local.tee $9
          local.get $26
          local.get $24
          i32.const 1
          i32.add
          i64.extend_i32_s
          local.get $30
          i64.mul
          i64.add
          local.get $31
          i64.div_u
          i32.wrap_i64
          local.tee $32
          i32.ne
          if
           local.get $0
           local.get $2
           local.get $25
           i32.mul
           local.get $9
           i32.add
           i32.const 2
           i32.shl
           i32.add
           local.tee $33
           local.get $2
           i32.const 2
           i32.shl
           i32.add
           local.set $34
           local.get $27
           local.get $9
           i32.const 4
           i32.shl
           i32.add
           local.set $14
           local.get $5
           local.get $24
           local.get $3
           i32.const 15
           i32.add
           i32.const 16
           i32.div_s
           i32.const 4
           i32.shl
           i32.mul
           local.get $17
           i32.const 4
           i32.shl
           i32.add
           i32.const 2
           i32.shl
           i32.add
           local.tee $35
           v128.load
           local.set $29
           local.get $35
           v128.load offset=16
           local.set $36
           local.get $35
           v128.load offset=32
           local.set $37
           local.get $35
           v128.load offset=48
           local.set $38
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $19
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $23
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $15
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $12
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $20
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $21
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $22
           local.get $9
           i32.const 0
           i32.gt_s
           if (result v128)
            block $kernels-as/assembly/simd/loadLanes|inlined.50 (result v128)
             local.get $16
             i32.const 4
             i32.ge_s
             if
              local.get $11
              v128.load
              br $kernels-as/assembly/simd/loadLanes|inlined.50
             end
             local.get $16
             i32.const 0
             i32.gt_s
             if (result v128)
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              local.get $11
              f32.load
              f32x4.replace_lane 0
             else
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             end
             local.set $12
             local.get $16
             i32.const 1
             i32.gt_s
             if
              local.get $12
              local.get $11
              f32.load offset=4
              f32x4.replace_lane 1
              local.set $12
             end
             local.get $16
             i32.const 2
             i32.gt_s
             if (result v128)
              local.get $12
              local.get $11
              f32.load offset=8
              f32x4.replace_lane 2
             else
              local.get $12
             end
            end
            local.set $19
            block $kernels-as/assembly/simd/loadLanes|inlined.51 (result v128)
             local.get $16
             i32.const 4
             i32.sub
             local.tee $35
             i32.const 4
             i32.ge_s
             if
              local.get $11
              v128.load offset=16
              br $kernels-as/assembly/simd/loadLanes|inlined.51
             end
             local.get $35
             i32.const 0
             i32.gt_s
             if (result v128)
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              local.get $11
              f32.load offset=16
              f32x4.replace_lane 0
             else
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             end
             local.set $12
             local.get $35
             i32.const 1
             i32.gt_s
             if
              local.get $12
              local.get $11
              f32.load offset=20
              f32x4.replace_lane 1
              local.set $12
             end
             local.get $35
             i32.const 2
             i32.gt_s
             if (result v128)
              local.get $12
              local.get $11
              f32.load offset=24
              f32x4.replace_lane 2
             else
              local.get $12
             end
            end
            local.set $23
            block $kernels-as/assembly/simd/loadLanes|inlined.52 (result v128)
             local.get $16
             i32.const 8
             i32.sub
             local.tee $35
             i32.const 4
             i32.ge_s
             if
              local.get $11
              v128.load offset=32
              br $kernels-as/assembly/simd/loadLanes|inlined.52
             end
             local.get $35
             i32.const 0
             i32.gt_s
             if (result v128)
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              local.get $11
              f32.load offset=32
              f32x4.replace_lane 0
             else
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             end
             local.set $12
             local.get $35
             i32.const 1
             i32.gt_s
             if
              local.get $12
              local.get $11
              f32.load offset=36
              f32x4.replace_lane 1
              local.set $12
             end
             local.get $35
             i32.const 2
             i32.gt_s
             if (result v128)
              local.get $12
              local.get $11
              f32.load offset=40
              f32x4.replace_lane 2
             else
              local.get $12
             end
            end
            local.set $15
            block $kernels-as/assembly/simd/loadLanes|inlined.53 (result v128)
             local.get $16
             i32.const 12
             i32.sub
             local.tee $35
             i32.const 4
             i32.ge_s
             if
              local.get $11
              v128.load offset=48
              br $kernels-as/assembly/simd/loadLanes|inlined.53
             end
             local.get $35
             i32.const 0
             i32.gt_s
             if (result v128)
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              local.get $11
              f32.load offset=48
              f32x4.replace_lane 0
             else
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             end
             local.set $12
             local.get $35
             i32.const 1
             i32.gt_s
             if
              local.get $12
              local.get $11
              f32.load offset=52
              f32x4.replace_lane 1
              local.set $12
             end
             local.get $35
             i32.const 2
             i32.gt_s
             if (result v128)
              local.get $12
              local.get $11
              f32.load offset=56
              f32x4.replace_lane 2
             else
              local.get $12
             end
            end
            local.set $12
            block $kernels-as/assembly/simd/loadLanes|inlined.54 (result v128)
             local.get $16
             i32.const 4
             i32.ge_s
             if
              local.get $13
              v128.load
              br $kernels-as/assembly/simd/loadLanes|inlined.54
             end
             local.get $16
             i32.const 0
             i32.gt_s
             if (result v128)
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              local.get $13
              f32.load
              f32x4.replace_lane 0
             else
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             end
             local.set $18
             local.get $16
             i32.const 1
             i32.gt_s
             if
              local.get $18
              local.get $13
              f32.load offset=4
              f32x4.replace_lane 1
              local.set $18
             end
             local.get $16
             i32.const 2
             i32.gt_s
             if (result v128)
              local.get $18
              local.get $13
              f32.load offset=8
              f32x4.replace_lane 2
             else
              local.get $18
             end
            end
            local.set $20
            block $kernels-as/assembly/simd/loadLanes|inlined.55 (result v128)
             local.get $16
             i32.const 4
             i32.sub
             local.tee $35
             i32.const 4
             i32.ge_s
             if
              local.get $13
              v128.load offset=16
              br $kernels-as/assembly/simd/loadLanes|inlined.55
             end
             local.get $35
             i32.const 0
             i32.gt_s
             if (result v128)
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              local.get $13
              f32.load offset=16
              f32x4.replace_lane 0
             else
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             end
             local.set $18
             local.get $35
             i32.const 1
             i32.gt_s
             if
              local.get $18
              local.get $13
              f32.load offset=20
              f32x4.replace_lane 1
              local.set $18
             end
             local.get $35
             i32.const 2
             i32.gt_s
             if (result v128)
              local.get $18
              local.get $13
              f32.load offset=24
              f32x4.replace_lane 2
             else
              local.get $18
             end
            end
            local.set $21
            block $kernels-as/assembly/simd/loadLanes|inlined.56 (result v128)
             local.get $16
             i32.const 8
             i32.sub
             local.tee $35
             i32.const 4
             i32.ge_s
             if
              local.get $13
              v128.load offset=32
              br $kernels-as/assembly/simd/loadLanes|inlined.56
             end
             local.get $35
             i32.const 0
             i32.gt_s
             if (result v128)
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              local.get $13
              f32.load offset=32
              f32x4.replace_lane 0
             else
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             end
             local.set $18
             local.get $35
             i32.const 1
             i32.gt_s
             if
              local.get $18
              local.get $13
              f32.load offset=36
              f32x4.replace_lane 1
              local.set $18
             end
             local.get $35
             i32.const 2
             i32.gt_s
             if (result v128)
              local.get $18
              local.get $13
              f32.load offset=40
              f32x4.replace_lane 2
             else
              local.get $18
             end
            end
            local.set $22
            block $kernels-as/assembly/simd/loadLanes|inlined.57 (result v128)
             local.get $16
             i32.const 12
             i32.sub
             local.tee $35
             i32.const 4
             i32.ge_s
             if
              local.get $13
              v128.load offset=48
              br $kernels-as/assembly/simd/loadLanes|inlined.57
             end
             local.get $35
             i32.const 0
             i32.gt_s
             if (result v128)
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              local.get $13
              f32.load offset=48
              f32x4.replace_lane 0
             else
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             end
             local.set $18
             local.get $35
             i32.const 1
             i32.gt_s
             if
              local.get $18
              local.get $13
              f32.load offset=52
              f32x4.replace_lane 1
              local.set $18
             end
             local.get $35
             i32.const 2
             i32.gt_s
             if (result v128)
              local.get $18
              local.get $13
              f32.load offset=56
              f32x4.replace_lane 2
             else
              local.get $18
             end
            end
           else
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           end
           local.set $18
           local.get $32
           local.get $9
           i32.sub
           local.set $32
           i32.const 0
           local.set $9
           loop $for-loop|3
            local.get $9
            local.get $32
            i32.lt_u
            if
             local.get $14
             v128.load8x8_s align=1
             i32x4.extend_low_i16x8_s
             f32x4.convert_i32x4_s
             local.get $29
             f32x4.mul
             local.tee $39
             local.get $33
             local.get $9
             i32.const 2
             i32.shl
             local.tee $35
             i32.add
             v128.load32_splat
             local.tee $40
             local.get $19
             f32x4.relaxed_madd
             local.set $19
             local.get $14
             i32.const 4
             i32.add
             v128.load8x8_s align=1
             i32x4.extend_low_i16x8_s
             f32x4.convert_i32x4_s
             local.get $36
             f32x4.mul
             local.tee $41
             local.get $40
             local.get $23
             f32x4.relaxed_madd
             local.set $23
             local.get $14
             i32.const 8
             i32.add
             v128.load8x8_s align=1
             i32x4.extend_low_i16x8_s
             f32x4.convert_i32x4_s
             local.get $37
             f32x4.mul
             local.tee $42
             local.get $40
             local.get $15
             f32x4.relaxed_madd
             local.set $15
             local.get $14
             i32.const 12
             i32.add
             v128.load8x8_s align=1
             i32x4.extend_low_i16x8_s
             f32x4.convert_i32x4_s
             local.get $38
             f32x4.mul
             local.tee $43
             local.get $40
             local.get $12
             f32x4.relaxed_madd
             local.set $12
             local.get $39
             local.get $34
             local.get $35
             i32.add
             v128.load32_splat
             local.tee $39
             local.get $20
             f32x4.relaxed_madd
             local.set $20
             local.get $41
             local.get $39
             local.get $21
             f32x4.relaxed_madd
             local.set $21
             local.get $42
             local.get $39
             local.get $22
             f32x4.relaxed_madd
             local.set $22
             local.get $43
             local.get $39
             local.get $18
             f32x4.relaxed_madd
             local.set $18
             local.get $14
             i32.const 16
             i32.add
             local.set $14
             local.get $9
             i32.const 1
             i32.add
             local.set $9
             br $for-loop|3
            end
           end
           block $kernels-as/assembly/simd/storeLanes|inlined.50
            local.get $16
            i32.const 4
            i32.ge_s
            if
             local.get $11
             local.get $19
             v128.store
             br $kernels-as/assembly/simd/storeLanes|inlined.50
            end
            local.get $16
            i32.const 0
            i32.gt_s
            if
             local.get $11
             local.get $19
             f32x4.extract_lane 0
             f32.store
            end
            local.get $16
            i32.const 1
            i32.gt_s
            if
             local.get $11
             local.get $19
             f32x4.extract_lane 1
             f32.store offset=4
            end
            local.get $16
            i32.const 2
            i32.gt_s
            if
             local.get $11
             local.get $19
             f32x4.extract_lane 2
             f32.store offset=8
            end
           end
           block $kernels-as/assembly/simd/storeLanes|inlined.51
            local.get $16
            i32.const 4
            i32.sub
            local.tee $9
            i32.const 4
            i32.ge_s
            if
             local.get $11
             local.get $23
             v128.store offset=16
             br $kernels-as/assembly/simd/storeLanes|inlined.51
            end
            local.get $9
            i32.const 0
            i32.gt_s
            if
             local.get $11
             local.get $23
             f32x4.extract_lane 0
             f32.store offset=16
            end
            local.get $9
            i32.const 1
            i32.gt_s
            if
             local.get $11
             local.get $23
             f32x4.extract_lane 1
             f32.store offset=20
            end
            local.get $9
            i32.const 2
            i32.gt_s
            if
             local.get $11
             local.get $23
             f32x4.extract_lane 2
             f32.store offset=24
            end
           end
           block $kernels-as/assembly/simd/storeLanes|inlined.52
            local.get $16
            i32.const 8
            i32.sub
            local.tee $9
            i32.const 4
            i32.ge_s
            if
             local.get $11
             local.get $15
             v128.store offset=32
             br $kernels-as/assembly/simd/storeLanes|inlined.52
            end
            local.get $9
            i32.const 0
            i32.gt_s
            if
             local.get $11
             local.get $15
             f32x4.extract_lane 0
             f32.store offset=32
            end
            local.get $9
            i32.const 1
            i32.gt_s
            if
             local.get $11
             local.get $15
             f32x4.extract_lane 1
             f32.store offset=36
            end
            local.get $9
            i32.const 2
            i32.gt_s
            if
             local.get $11
             local.get $15
             f32x4.extract_lane 2
             f32.store offset=40
            end
           end
           block $kernels-as/assembly/simd/storeLanes|inlined.53
            local.get $16
            i32.const 12
            i32.sub
            local.tee $9
            i32.const 4
            i32.ge_s
            if
             local.get $11
             local.get $12
             v128.store offset=48
             br $kernels-as/assembly/simd/storeLanes|inlined.53
            end
            local.get $9
            i32.const 0
            i32.gt_s
            if
             local.get $11
             local.get $12
             f32x4.extract_lane 0
             f32.store offset=48
            end
            local.get $9
            i32.const 1
            i32.gt_s
            if
             local.get $11
             local.get $12
             f32x4.extract_lane 1
             f32.store offset=52
            end
            local.get $9
            i32.const 2
            i32.gt_s
            if
             local.get $11
             local.get $12
             f32x4.extract_lane 2
             f32.store offset=56
            end
           end
           block $kernels-as/assembly/simd/storeLanes|inlined.54
            local.get $16
            i32.const 4
            i32.ge_s
            if
             local.get $13
             local.get $20
             v128.store
             br $kernels-as/assembly/simd/storeLanes|inlined.54
            end
            local.get $16
            i32.const 0
            i32.gt_s
            if
             local.get $13
             local.get $20
             f32x4.extract_lane 0
             f32.store
            end
            local.get $16
            i32.const 1
            i32.gt_s
            if
             local.get $13
             local.get $20
             f32x4.extract_lane 1
             f32.store offset=4
            end
            local.get $16
            i32.const 2
            i32.gt_s
            if
             local.get $13
             local.get $20
             f32x4.extract_lane 2
             f32.store offset=8
            end
           end
           block $kernels-as/assembly/simd/storeLanes|inlined.55
            local.get $16
            i32.const 4
            i32.sub
            local.tee $9
            i32.const 4
            i32.ge_s
            if
             local.get $13
             local.get $21
             v128.store offset=16
             br $kernels-as/assembly/simd/storeLanes|inlined.55
            end
            local.get $9
            i32.const 0
            i32.gt_s
            if
             local.get $13
             local.get $21
             f32x4.extract_lane 0
             f32.store offset=16
            end
            local.get $9
            i32.const 1
            i32.gt_s
            if
             local.get $13
             local.get $21
             f32x4.extract_lane 1
             f32.store offset=20
            end
            local.get $9
            i32.const 2
            i32.gt_s
            if
             local.get $13
             local.get $21
             f32x4.extract_lane 2
             f32.store offset=24
            end
           end
           block $kernels-as/assembly/simd/storeLanes|inlined.56
            local.get $16
            i32.const 8
            i32.sub
            local.tee $9
            i32.const 4
            i32.ge_s
            if
             local.get $13
             local.get $22
             v128.store offset=32
             br $kernels-as/assembly/simd/storeLanes|inlined.56
            end
            local.get $9
            i32.const 0
            i32.gt_s
            if
             local.get $13
             local.get $22
             f32x4.extract_lane 0
             f32.store offset=32
            end
            local.get $9
            i32.const 1
            i32.gt_s
            if
             local.get $13
             local.get $22
             f32x4.extract_lane 1
             f32.store offset=36
            end
            local.get $9
            i32.const 2
            i32.gt_s
            if
             local.get $13
             local.get $22
             f32x4.extract_lane 2
             f32.store offset=40
            end
           end
           block $kernels-as/assembly/simd/storeLanes|inlined.57
            local.get $16
            i32.const 12
            i32.sub
            local.tee $9
            i32.const 4
            i32.ge_s
            if
             local.get $13
             local.get $18
             v128.store offset=48
             br $kernels-as/assembly/simd/storeLanes|inlined.57
            end
            local.get $9
            i32.const 0
            i32.gt_s
            if
             local.get $13
             local.get $18
             f32x4.extract_lane 0
             f32.store offset=48
            end
            local.get $9
            i32.const 1
            i32.gt_s
            if
             local.get $13
             local.get $18
             f32x4.extract_lane 1
             f32.store offset=52
            end
            local.get $9
            i32.const 2
            i32.gt_s
            if
             local.get $13
             local.get $18
             f32x4.extract_lane 2
             f32.store offset=56
            end
           end
          end
          local.get $24
          i32.const 1
          i32.add
          local.set $24
          br $for-loop|2
         end
        end
       else
        i32.const 16
        local.get $3
        local.get $17
        i32.const 4
        i32.shl
        local.tee $9
        i32.sub
        local.tee $11
        local.get $11
        i32.const 16
        i32.gt_s
        select
        local.set $14
        local.get $8
        local.get $3
        local.get $25
        i32.mul
        local.get $9
        i32.add
        i32.const 2
        i32.shl
        i32.add
        local.set $11
        i32.const 0
        local.set $24
        loop $for-loop|5
         local.get $6
         local.get $24
         i32.gt_s
         if
          local.get $6
          i32.const 1
          i32.sub
          i64.extend_i32_s
          local.tee $26
          local.get $2
          i64.extend_i32_s
          local.tee $30
          local.get $24
          i64.extend_i32_s
          i64.mul
          i64.add
          local.get $6
          i64.extend_i32_s
          local.tee $31
          i64.div_u
          i32.wrap_i64
          local.tee $9
          local.get $26
          local.get $24
          i32.const 1
          i32.add
          i64.extend_i32_s
          local.get $30
          i64.mul
          i64.add
          local.get $31
          i64.div_u
          i32.wrap_i64
          local.tee $13
          i32.ne
          if
           local.get $27
           local.get $9
           i32.const 4
           i32.shl
           i32.add
           local.set $16
           local.get $5
           local.get $24
           local.get $3
           i32.const 15
           i32.add
           i32.const 16
           i32.div_s
           i32.const 4
           i32.shl
           i32.mul
           local.get $17
           i32.const 4
           i32.shl
           i32.add
           i32.const 2
           i32.shl
           i32.add
           local.tee $32
           v128.load
           local.set $18
           local.get $32
           v128.load offset=16
           local.set $21
           local.get $32
           v128.load offset=32
           local.set $22
           local.get $32
           v128.load offset=48
           local.set $23
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $19
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $20
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $15
           local.get $9
           i32.const 0
           i32.gt_s
           if (result v128)
            block $kernels-as/assembly/simd/loadLanes|inlined.70 (result v128)
             local.get $14
             i32.const 4
             i32.ge_s
             if
              local.get $11
              v128.load
              br $kernels-as/assembly/simd/loadLanes|inlined.70
             end
             local.get $14
             i32.const 0
             i32.gt_s
             if (result v128)
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              local.get $11
              f32.load
              f32x4.replace_lane 0
             else
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             end
             local.set $12
             local.get $14
             i32.const 1
             i32.gt_s
             if
              local.get $12
              local.get $11
              f32.load offset=4
              f32x4.replace_lane 1
              local.set $12
             end
             local.get $14
             i32.const 2
             i32.gt_s
             if (result v128)
              local.get $12
              local.get $11
              f32.load offset=8
              f32x4.replace_lane 2
             else
              local.get $12
             end
            end
            local.set $19
            block $kernels-as/assembly/simd/loadLanes|inlined.71 (result v128)
             local.get $14
             i32.const 4
             i32.sub
             local.tee $32
             i32.const 4
             i32.ge_s
             if
              local.get $11
              v128.load offset=16
              br $kernels-as/assembly/simd/loadLanes|inlined.71
             end
             local.get $32
             i32.const 0
             i32.gt_s
             if (result v128)
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              local.get $11
              f32.load offset=16
              f32x4.replace_lane 0
             else
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             end
             local.set $12
             local.get $32
             i32.const 1
             i32.gt_s
             if
              local.get $12
              local.get $11
              f32.load offset=20
              f32x4.replace_lane 1
              local.set $12
             end
             local.get $32
             i32.const 2
             i32.gt_s
             if (result v128)
              local.get $12
              local.get $11
              f32.load offset=24
              f32x4.replace_lane 2
             else
              local.get $12
             end
            end
            local.set $20
            block $kernels-as/assembly/simd/loadLanes|inlined.72 (result v128)
             local.get $14
             i32.const 8
             i32.sub
             local.tee $32
             i32.const 4
             i32.ge_s
             if
              local.get $11
              v128.load offset=32
              br $kernels-as/assembly/simd/loadLanes|inlined.72
             end
             local.get $32
             i32.const 0
             i32.gt_s
             if (result v128)
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              local.get $11
              f32.load offset=32
              f32x4.replace_lane 0
             else
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             end
             local.set $12
             local.get $32
             i32.const 1
             i32.gt_s
             if
              local.get $12
              local.get $11
              f32.load offset=36
              f32x4.replace_lane 1
              local.set $12
             end
             local.get $32
             i32.const 2
             i32.gt_s
             if (result v128)
              local.get $12
              local.get $11
              f32.load offset=40
              f32x4.replace_lane 2
             else
              local.get $12
             end
            end
            local.set $15
            block $kernels-as/assembly/simd/loadLanes|inlined.73 (result v128)
             local.get $14
             i32.const 12
             i32.sub
             local.tee $32
             i32.const 4
             i32.ge_s
             if
              local.get $11
              v128.load offset=48
              br $kernels-as/assembly/simd/loadLanes|inlined.73
             end
             local.get $32
             i32.const 0
             i32.gt_s
             if (result v128)
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              local.get $11
              f32.load offset=48
              f32x4.replace_lane 0
             else
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             end
             local.set $12
             local.get $32
             i32.const 1
             i32.gt_s
             if
              local.get $12
              local.get $11
              f32.load offset=52
              f32x4.replace_lane 1
              local.set $12
             end
             local.get $32
             i32.const 2
             i32.gt_s
             if (result v128)
              local.get $12
              local.get $11
              f32.load offset=56
              f32x4.replace_lane 2
             else
              local.get $12
             end
            end
           else
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           end
           local.set $12
           local.get $0
           local.get $2
           local.get $25
           i32.mul
           local.get $9
           i32.add
           i32.const 2
           i32.shl
           i32.add
           local.set $32
           local.get $13
           local.get $9
           i32.sub
           local.set $33
           i32.const 0
           local.set $9
           loop $for-loop|7
            local.get $9
            i32.const 2
            i32.add
            local.tee $13
            local.get $33
            i32.le_u
            if
             local.get $32
             local.get $9
             i32.const 2
             i32.shl
             i32.add
             local.tee $9
             v128.load32_splat
             local.set $29
             local.get $19
             local.get $16
             i32.const 16
             i32.add
             local.tee $34
             v128.load8x8_s align=1
             i32x4.extend_low_i16x8_s
             f32x4.convert_i32x4_s
             local.get $18
             f32x4.mul
             local.get $9
             v128.load32_splat offset=4
             local.tee $36
             local.get $16
             v128.load8x8_s align=1
             i32x4.extend_low_i16x8_s
             f32x4.convert_i32x4_s
             local.get $18
             f32x4.mul
             local.get $29
             f32x4.mul
             f32x4.relaxed_madd
             f32x4.add
             local.set $19
             local.get $20
             local.get $34
             i32.const 4
             i32.add
             v128.load8x8_s align=1
             i32x4.extend_low_i16x8_s
             f32x4.convert_i32x4_s
             local.get $21
             f32x4.mul
             local.get $36
             local.get $16
             i32.const 4
             i32.add
             v128.load8x8_s align=1
             i32x4.extend_low_i16x8_s
             f32x4.convert_i32x4_s
             local.get $21
             f32x4.mul
             local.get $29
             f32x4.mul
             f32x4.relaxed_madd
             f32x4.add
             local.set $20
             local.get $15
             local.get $34
             i32.const 8
             i32.add
             v128.load8x8_s align=1
             i32x4.extend_low_i16x8_s
             f32x4.convert_i32x4_s
             local.get $22
             f32x4.mul
             local.get $36
             local.get $16
             i32.const 8
             i32.add
             v128.load8x8_s align=1
             i32x4.extend_low_i16x8_s
             f32x4.convert_i32x4_s
             local.get $22
             f32x4.mul
             local.get $29
             f32x4.mul
             f32x4.relaxed_madd
             f32x4.add
             local.set $15
             local.get $12
             local.get $34
             i32.const 12
             i32.add
             v128.load8x8_s align=1
             i32x4.extend_low_i16x8_s
             f32x4.convert_i32x4_s
             local.get $23
             f32x4.mul
             local.get $36
             local.get $16
             i32.const 12
             i32.add
             v128.load8x8_s align=1
             i32x4.extend_low_i16x8_s
             f32x4.convert_i32x4_s
             local.get $23
             f32x4.mul
             local.get $29
             f32x4.mul
             f32x4.relaxed_madd
             f32x4.add
             local.set $12
             local.get $16
             i32.const 32
             i32.add
             local.set $16
             local.get $13
             local.set $9
             br $for-loop|7
            end
           end
           local.get $9
           local.get $33
           i32.lt_u
           if
            local.get $16
            v128.load8x8_s align=1
            i32x4.extend_low_i16x8_s
            f32x4.convert_i32x4_s
            local.get $18
            f32x4.mul
            local.get $32
            local.get $9
            i32.const 2
            i32.shl
            i32.add
            v128.load32_splat
            local.tee $18
            local.get $19
            f32x4.relaxed_madd
            local.set $19
            local.get $16
            i32.const 4
            i32.add
            v128.load8x8_s align=1
            i32x4.extend_low_i16x8_s
            f32x4.convert_i32x4_s
            local.get $21
            f32x4.mul
            local.get $18
            local.get $20
            f32x4.relaxed_madd
            local.set $20
            local.get $16
            i32.const 12
            i32.add
            v128.load8x8_s align=1
            i32x4.extend_low_i16x8_s
            f32x4.convert_i32x4_s
            local.get $23
            f32x4.mul
            local.get $18
            local.get $12
            f32x4.relaxed_madd
            local.set $12
            local.get $16
            i32.const 8
            i32.add
            v128.load8x8_s align=1
            i32x4.extend_low_i16x8_s
            f32x4.convert_i32x4_s
            local.get $22
            f32x4.mul
            local.get $18
            local.get $15
            f32x4.relaxed_madd
            local.set $15
           end
           block $kernels-as/assembly/simd/storeLanes|inlined.70
            local.get $14
            i32.const 4
            i32.ge_s
            if
             local.get $11
             local.get $19
             v128.store
             br $kernels-as/assembly/simd/storeLanes|inlined.70
            end
            local.get $14
            i32.const 0
            i32.gt_s
            if
             local.get $11
             local.get $19
             f32x4.extract_lane 0
             f32.store
            end
            local.get $14
            i32.const 1
            i32.gt_s
            if
             local.get $11
             local.get $19
             f32x4.extract_lane 1
             f32.store offset=4
            end
            local.get $14
            i32.const 2
            i32.gt_s
            if
             local.get $11
             local.get $19
             f32x4.extract_lane 2
             f32.store offset=8
            end
           end
           block $kernels-as/assembly/simd/storeLanes|inlined.71
            local.get $14
            i32.const 4
            i32.sub
            local.tee $9
            i32.const 4
            i32.ge_s
            if
             local.get $11
             local.get $20
             v128.store offset=16
             br $kernels-as/assembly/simd/storeLanes|inlined.71
            end
            local.get $9
            i32.const 0
            i32.gt_s
            if
             local.get $11
             local.get $20
             f32x4.extract_lane 0
             f32.store offset=16
            end
            local.get $9
            i32.const 1
            i32.gt_s
            if
             local.get $11
             local.get $20
             f32x4.extract_lane 1
             f32.store offset=20
            end
            local.get $9
            i32.const 2
            i32.gt_s
            if
             local.get $11
             local.get $20
             f32x4.extract_lane 2
             f32.store offset=24
            end
           end
           block $kernels-as/assembly/simd/storeLanes|inlined.72
            local.get $14
            i32.const 8
            i32.sub
            local.tee $9
            i32.const 4
            i32.ge_s
            if
             local.get $11
             local.get $15
             v128.store offset=32
             br $kernels-as/assembly/simd/storeLanes|inlined.72
            end
            local.get $9
            i32.const 0
            i32.gt_s
            if
             local.get $11
             local.get $15
             f32x4.extract_lane 0
             f32.store offset=32
            end
            local.get $9
            i32.const 1
            i32.gt_s
            if
             local.get $11
             local.get $15
             f32x4.extract_lane 1
             f32.store offset=36
            end
            local.get $9
            i32.const 2
            i32.gt_s
            if
             local.get $11
             local.get $15
             f32x4.extract_lane 2
             f32.store offset=40
            end
           end
           block $kernels-as/assembly/simd/storeLanes|inlined.73
            local.get $14
            i32.const 12
            i32.sub
            local.tee $9
            i32.const 4
            i32.ge_s
            if
             local.get $11
             local.get $12
             v128.store offset=48
             br $kernels-as/assembly/simd/storeLanes|inlined.73
            end
            local.get $9
            i32.const 0
            i32.gt_s
            if
             local.get $11
             local.get $12
             f32x4.extract_lane 0
             f32.store offset=48
            end
            local.get $9
            i32.const 1
            i32.gt_s
            if
             local.get $11
             local.get $12
             f32x4.extract_lane 1
             f32.store offset=52
            end
            local.get $9
            i32.const 2
            i32.gt_s
            if
             local.get $11
             local.get $12
             f32x4.extract_lane 2
             f32.store offset=56
            end
           end
          end
          local.get $24
          i32.const 1
          i32.add
          local.set $24
          br $for-loop|5
         end
        end
       end
      end
      local.get $25
      i32.const 2
      i32.add
      local.set $25
      br $for-loop|1
     end
    end
    local.get $17
    i32.const 1
    i32.add
    local.set $17
    br $for-loop|0
   end
  end
 )
 (func $kernels-as/assembly/gemm_panel16_4x8/tile4 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 v128)
  (local $20 v128)
  local.get $6
  if (result v128)
   v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
  else
   local.get $4
   v128.load offset=16
   local.set $8
   local.get $4
   local.get $5
   i32.add
   local.tee $6
   v128.load offset=16
   local.set $9
   local.get $6
   v128.load
   local.set $10
   local.get $4
   local.get $5
   i32.const 1
   i32.shl
   i32.add
   local.tee $6
   v128.load offset=16
   local.set $11
   local.get $6
   v128.load
   local.set $12
   local.get $4
   local.get $5
   i32.const 3
   i32.mul
   i32.add
   local.tee $6
   v128.load offset=16
   local.set $13
   local.get $6
   v128.load
   local.set $14
   local.get $4
   v128.load
  end
  local.set $7
  local.get $0
  local.get $1
  i32.add
  local.set $18
  local.get $0
  local.get $1
  i32.const 1
  i32.shl
  i32.add
  local.set $6
  local.get $0
  local.get $1
  i32.const 3
  i32.mul
  i32.add
  local.set $16
  i32.const 0
  local.set $1
  loop $for-loop|0
   local.get $1
   local.get $3
   i32.lt_u
   if
    local.get $1
    i32.const 2
    i32.shl
    local.tee $17
    local.get $0
    i32.add
    v128.load32_splat
    local.tee $19
    local.get $2
    v128.load
    local.tee $15
    local.get $7
    f32x4.relaxed_madd
    local.set $7
    local.get $19
    local.get $2
    v128.load offset=16
    local.tee $19
    local.get $8
    f32x4.relaxed_madd
    local.set $8
    local.get $17
    local.get $18
    i32.add
    v128.load32_splat
    local.tee $20
    local.get $15
    local.get $10
    f32x4.relaxed_madd
    local.set $10
    local.get $20
    local.get $19
    local.get $9
    f32x4.relaxed_madd
    local.set $9
    local.get $6
    local.get $17
    i32.add
    v128.load32_splat
    local.tee $20
    local.get $15
    local.get $12
    f32x4.relaxed_madd
    local.set $12
    local.get $20
    local.get $19
    local.get $11
    f32x4.relaxed_madd
    local.set $11
    local.get $16
    local.get $17
    i32.add
    v128.load32_splat
    local.tee $20
    local.get $15
    local.get $14
    f32x4.relaxed_madd
    local.set $14
    local.get $20
    local.get $19
    local.get $13
    f32x4.relaxed_madd
    local.set $13
    local.get $2
    i32.const -64
    i32.sub
    local.set $2
    local.get $1
    i32.const 1
    i32.add
    local.set $1
    br $for-loop|0
   end
  end
  local.get $4
  local.get $7
  v128.store
  local.get $4
  local.get $8
  v128.store offset=16
  local.get $4
  local.get $5
  i32.add
  local.tee $0
  local.get $10
  v128.store
  local.get $0
  local.get $9
  v128.store offset=16
  local.get $4
  local.get $5
  i32.const 1
  i32.shl
  i32.add
  local.tee $0
  local.get $12
  v128.store
  local.get $0
  local.get $11
  v128.store offset=16
  local.get $4
  local.get $5
  i32.const 3
  i32.mul
  i32.add
  local.tee $0
  local.get $14
  v128.store
  local.get $0
  local.get $13
  v128.store offset=16
 )
 (func $kernels-as/assembly/gemm_panel16_4x8/dequantBlock<i8> (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32)
  (local $9 v128)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 v128)
  (local $14 v128)
  (local $15 i32)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  i32.const -1
  local.set $11
  local.get $1
  local.set $12
  loop $for-loop|0
   local.get $12
   local.get $1
   local.get $2
   i32.add
   i32.lt_s
   if
    local.get $12
    i64.extend_i32_s
    local.get $5
    i64.extend_i32_s
    i64.mul
    local.get $3
    i64.extend_i32_s
    i64.div_u
    i32.wrap_i64
    local.tee $10
    local.get $11
    i32.ne
    if
     local.get $4
     local.get $6
     local.get $10
     local.tee $11
     i32.mul
     i32.add
     local.tee $10
     v128.load
     local.set $18
     local.get $10
     v128.load offset=48
     local.set $17
     local.get $10
     v128.load offset=32
     local.set $16
     local.get $10
     v128.load offset=16
     local.set $9
    end
    local.get $8
    local.get $12
    local.get $1
    i32.sub
    i32.const 6
    i32.shl
    i32.add
    local.tee $15
    block $kernels-as/assembly/panel16/dequant<i8>|inlined.96 (result v128)
     local.get $0
     local.get $12
     i32.const 4
     i32.shl
     i32.add
     local.tee $10
     v128.load8x8_s align=1
     i32x4.extend_low_i16x8_s
     f32x4.convert_i32x4_s
     local.get $18
     f32x4.mul
     local.tee $14
     v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
     i32x4.add
     local.get $14
     i32.const 16
     i32x4.shr_u
     v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
     v128.and
     i32x4.add
     v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
     v128.and
     local.tee $13
     local.get $7
     i32.const 1
     i32.eq
     br_if $kernels-as/assembly/panel16/dequant<i8>|inlined.96
     drop
     local.get $14
     v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
     v128.or
     v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
     v128.and
     local.get $13
     local.get $14
     local.get $14
     f32x4.ne
     v128.bitselect
     local.get $7
     i32.const 2
     i32.eq
     br_if $kernels-as/assembly/panel16/dequant<i8>|inlined.96
     drop
     local.get $14
    end
    v128.store
    local.get $15
    block $kernels-as/assembly/panel16/dequant<i8>|inlined.97 (result v128)
     local.get $10
     i32.const 4
     i32.add
     v128.load8x8_s align=1
     i32x4.extend_low_i16x8_s
     f32x4.convert_i32x4_s
     local.get $9
     f32x4.mul
     local.tee $14
     v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
     i32x4.add
     local.get $14
     i32.const 16
     i32x4.shr_u
     v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
     v128.and
     i32x4.add
     v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
     v128.and
     local.tee $13
     local.get $7
     i32.const 1
     i32.eq
     br_if $kernels-as/assembly/panel16/dequant<i8>|inlined.97
     drop
     local.get $14
     v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
     v128.or
     v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
     v128.and
     local.get $13
     local.get $14
     local.get $14
     f32x4.ne
     v128.bitselect
     local.get $7
     i32.const 2
     i32.eq
     br_if $kernels-as/assembly/panel16/dequant<i8>|inlined.97
     drop
     local.get $14
    end
    v128.store offset=16
    local.get $15
    block $kernels-as/assembly/panel16/dequant<i8>|inlined.98 (result v128)
     local.get $10
     i32.const 8
     i32.add
     v128.load8x8_s align=1
     i32x4.extend_low_i16x8_s
     f32x4.convert_i32x4_s
     local.get $16
     f32x4.mul
     local.tee $14
     v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
     i32x4.add
     local.get $14
     i32.const 16
     i32x4.shr_u
     v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
     v128.and
     i32x4.add
     v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
     v128.and
     local.tee $13
     local.get $7
     i32.const 1
     i32.eq
     br_if $kernels-as/assembly/panel16/dequant<i8>|inlined.98
     drop
     local.get $14
     v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
     v128.or
     v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
     v128.and
     local.get $13
     local.get $14
     local.get $14
     f32x4.ne
     v128.bitselect
     local.get $7
     i32.const 2
     i32.eq
     br_if $kernels-as/assembly/panel16/dequant<i8>|inlined.98
     drop
     local.get $14
    end
    v128.store offset=32
    local.get $15
    block $kernels-as/assembly/panel16/dequant<i8>|inlined.99 (result v128)
     local.get $10
     i32.const 12
     i32.add
     v128.load8x8_s align=1
     i32x4.extend_low_i16x8_s
     f32x4.convert_i32x4_s
     local.get $17
     f32x4.mul
     local.tee $14
     v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
     i32x4.add
     local.get $14
     i32.const 16
     i32x4.shr_u
     v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
     v128.and
     i32x4.add
     v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
     v128.and
     local.tee $13
     local.get $7
     i32.const 1
     i32.eq
     br_if $kernels-as/assembly/panel16/dequant<i8>|inlined.99
     drop
     local.get $14
     v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
     v128.or
     v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
     v128.and
     local.get $13
     local.get $14
     local.get $14
     f32x4.ne
     v128.bitselect
     local.get $7
     i32.const 2
     i32.eq
     br_if $kernels-as/assembly/panel16/dequant<i8>|inlined.99
     drop
     local.get $14
    end
    v128.store offset=48
    local.get $12
    i32.const 1
    i32.add
    local.set $12
    br $for-loop|0
   end
  end
 )
